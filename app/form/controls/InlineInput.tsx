import type { Issue, Path } from '../../../src/index';
import { formatPath } from '../../../src/index';
import { useForm, useIssuesAt } from '../FormContext';
import { INPUT_CLASS } from './FieldShell';
import { IssueList } from './IssueList';
import { useDraft } from './useDraft';

interface InlineInputProps {
  /** The YAML path this input edits (its `data-path`). */
  readonly path: Path;
  readonly value: string;
  readonly label: string;
  /** Called on every keystroke, or only when leaving the input / pressing Enter with `onCommit`. */
  readonly onType?: (text: string) => void;
  readonly onCommit?: (text: string) => void;
  readonly part?: string;
  readonly placeholder?: string;
  readonly issues?: readonly Issue[];
  readonly list?: string;
  readonly disabled?: boolean;
}

/** A compact input for table cells: aria-label instead of a visible label, issues under it. */
export function InlineInput({
  path,
  value,
  label,
  onType,
  onCommit,
  part,
  placeholder,
  issues,
  list,
  disabled,
}: InlineInputProps) {
  const { readOnly } = useForm();
  const own = useIssuesAt(path);
  const shownIssues = issues ?? own;
  const draft = useDraft(value);
  const commit = (): void => {
    if (onCommit && draft.shown !== value) onCommit(draft.shown);
    draft.leave();
  };
  return (
    <div className="flex min-w-0 flex-col gap-0.5">
      <input
        aria-label={label}
        data-path={formatPath(path)}
        data-part={part}
        aria-invalid={shownIssues.some((i) => i.severity === 'error')}
        disabled={readOnly || disabled === true}
        value={draft.shown}
        placeholder={placeholder}
        list={list}
        spellCheck={false}
        autoComplete="off"
        className={`${INPUT_CLASS} font-mono`}
        onChange={(event) => {
          draft.type(event.target.value);
          onType?.(event.target.value);
        }}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
          if (event.key === 'Escape') draft.leave();
        }}
      />
      <IssueList issues={shownIssues} />
    </div>
  );
}
