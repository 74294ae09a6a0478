import type { Issue, Path } from '../../../src/index';
import { formatPath, form as core } from '../../../src/index';
import { useForm, useIssuesAt } from '../FormContext';
import { INPUT_CLASS } from './FieldShell';
import { IssueList } from './IssueList';

export interface InlineChoiceOption {
  readonly value: string;
  readonly label?: string;
}

interface InlineChoiceProps {
  /** The YAML path this select edits (its `data-path`). */
  readonly path: Path;
  /** The value as written (any type; shown "as written" when it is none of the options). */
  readonly value: unknown;
  readonly label: string;
  readonly options: readonly InlineChoiceOption[];
  /** Label of the empty choice; picking it calls `onPick(undefined)`. */
  readonly unsetLabel: string;
  readonly onPick: (value: string | undefined) => void;
  readonly issues?: readonly Issue[];
}

const AS_WRITTEN = '\u0000as-written';

/**
 * A compact select for table cells: aria-label instead of a visible label, an unset choice, the
 * allowed values, and the document's value when it is none of them (the core says what is wrong).
 */
export function InlineChoice({ path, value, label, options, unsetLabel, onPick, issues }: InlineChoiceProps) {
  const { readOnly } = useForm();
  const own = useIssuesAt(path);
  const shownIssues = issues ?? own;
  const absent = value === undefined || value === null || value === '';
  const known = typeof value === 'string' && options.some((o) => o.value === value);
  const selected = absent ? '' : known ? (value as string) : AS_WRITTEN;
  return (
    <div className="flex min-w-0 flex-col gap-0.5">
      <select
        aria-label={label}
        data-path={formatPath(path)}
        aria-invalid={shownIssues.some((i) => i.severity === 'error')}
        disabled={readOnly}
        value={selected}
        className={INPUT_CLASS}
        onChange={(event) => {
          const picked = event.target.value;
          if (picked === AS_WRITTEN) return;
          onPick(picked === '' ? undefined : picked);
        }}
      >
        <option value="">{unsetLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label ?? o.value}
          </option>
        ))}
        {!absent && !known && <option value={AS_WRITTEN}>{`${core.scalarText(value)} (as written)`}</option>}
      </select>
      <IssueList issues={shownIssues} />
    </div>
  );
}
