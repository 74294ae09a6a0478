import { useEffect, useRef } from 'react';
import type { FixAllResult } from '../../src/index';
import { SMALL_BUTTON } from '../form/controls/RowButtons';
import { lineDiff } from './lineDiff';

interface FixAllDialogProps {
  readonly before: string;
  readonly result: FixAllResult;
  readonly onApply: (text: string) => void;
  readonly onClose: () => void;
}

const TONE = {
  same: 'text-slate-500 dark:text-slate-400',
  added: 'bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200',
  removed: 'bg-red-100 text-red-900 line-through dark:bg-red-950 dark:text-red-200',
} as const;

/** The diff Fix all would make, shown before it is applied (as one undo step). */
export function FixAllDialog({ before, result, onApply, onClose }: FixAllDialogProps) {
  const dialog = useRef<HTMLDialogElement | null>(null);
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);
  const diff = lineDiff(before, result.text);
  return (
    <dialog
      ref={dialog}
      data-testid="fix-all-dialog"
      aria-labelledby="fix-all-title"
      onClose={onClose}
      className="m-auto max-h-[85vh] w-[min(60rem,95vw)] overflow-y-auto rounded-lg border border-slate-300 bg-white p-4 text-slate-900 shadow-xl backdrop:bg-black/40 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
    >
      <h2 id="fix-all-title" className="text-base font-semibold">
        Fix all
      </h2>
      {result.applied.length === 0 ? (
        <p className="text-sm">
          No problem here has a fix with one clear answer; use the Fix buttons to pick one.
        </p>
      ) : (
        <>
          <p className="text-sm">
            {`${result.applied.length} fix${result.applied.length === 1 ? '' : 'es'}; ${result.remaining.filter((i) => i.severity !== 'info').length} problem(s) left for you to decide.`}
          </p>
          <ul className="my-2 list-disc pl-5 text-xs" data-testid="fix-all-applied">
            {result.applied.map((issue, i) => (
              <li key={i} data-code={issue.code}>
                {`${issue.range.start.line}:${issue.range.start.col} ${issue.code}: ${issue.message}`}
              </li>
            ))}
          </ul>
          <pre
            data-testid="fix-all-diff"
            className="max-h-80 overflow-auto rounded border border-slate-200 font-mono text-xs dark:border-slate-700"
          >
            {diff.map((line, i) => (
              <div key={i} data-kind={line.kind} className={`px-2 ${TONE[line.kind]}`}>
                {`${line.kind === 'added' ? '+' : line.kind === 'removed' ? '-' : ' '} ${line.text}`}
              </div>
            ))}
          </pre>
        </>
      )}
      <div className="mt-4 flex justify-end gap-2">
        {result.applied.length > 0 && (
          <button
            type="button"
            className={SMALL_BUTTON}
            data-testid="fix-all-apply"
            onClick={() => onApply(result.text)}
          >
            Apply these fixes
          </button>
        )}
        <button type="button" className={SMALL_BUTTON} onClick={() => dialog.current?.close()}>
          Cancel
        </button>
      </div>
    </dialog>
  );
}
