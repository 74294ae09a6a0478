import { useId } from 'react';
import type { FormTargetChoice } from '../state/formTarget';
import { INPUT_CLASS } from '../form/controls/FieldShell';

interface SectionPickerProps {
  readonly choices: readonly FormTargetChoice[];
  readonly current: FormTargetChoice;
  readonly onPick: (key: string) => void;
}

/** Which section of the file the form edits, when the file holds several. */
export function SectionPicker({ choices, current, onPick }: SectionPickerProps) {
  const id = useId();
  const all = choices.some((c) => c.key === current.key) ? choices : [...choices, current];
  return (
    <div className="flex items-center gap-2 text-sm">
      <label htmlFor={id} className="shrink-0 text-xs font-medium text-slate-600 dark:text-slate-400">
        Form edits
      </label>
      <select
        id={id}
        data-testid="section-picker"
        className={`${INPUT_CLASS} font-mono`}
        value={current.key}
        disabled={all.length < 2}
        onChange={(e) => onPick(e.target.value)}
      >
        {all.map((c) => (
          <option key={c.key} value={c.key}>
            {c.label}
          </option>
        ))}
      </select>
    </div>
  );
}
