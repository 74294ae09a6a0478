import { useForm } from '../FormContext';

interface RowButtonsProps {
  readonly what: string;
  readonly index: number;
  readonly count: number;
  readonly onMove: (from: number, to: number) => void;
  readonly onRemove: () => void;
}

export const SMALL_BUTTON =
  'rounded border border-slate-300 px-1.5 py-0.5 text-xs hover:bg-slate-100 focus:outline-2 focus:outline-indigo-500 disabled:opacity-40 dark:border-slate-700 dark:hover:bg-slate-800';

/** Move up, move down and remove for one row of a table or list. */
export function RowButtons({ what, index, count, onMove, onRemove }: RowButtonsProps) {
  const { readOnly } = useForm();
  return (
    <div className="flex shrink-0 gap-1">
      <button
        type="button"
        className={SMALL_BUTTON}
        aria-label={`Move ${what} up`}
        disabled={readOnly || index === 0}
        onClick={() => onMove(index, index - 1)}
      >
        ↑
      </button>
      <button
        type="button"
        className={SMALL_BUTTON}
        aria-label={`Move ${what} down`}
        disabled={readOnly || index >= count - 1}
        onClick={() => onMove(index, index + 1)}
      >
        ↓
      </button>
      <button
        type="button"
        className={SMALL_BUTTON}
        aria-label={`Remove ${what}`}
        disabled={readOnly}
        onClick={onRemove}
      >
        ✕
      </button>
    </div>
  );
}
