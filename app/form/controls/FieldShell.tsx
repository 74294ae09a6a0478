import { useId, type ReactNode } from 'react';
import type { Path } from '../../../src/index';
import { useFieldDoc, useIssuesAt } from '../FormContext';
import { DocLinks, useSectionField } from './DocLinks';
import { IssueList } from './IssueList';

interface FieldShellProps {
  readonly path: Path;
  readonly label: string;
  /** Renders the control with the id its label points at and the ids of its help. */
  readonly children: (ids: { id: string; describedBy: string; invalid: boolean }) => ReactNode;
  readonly hint?: string | undefined;
  readonly className?: string;
}

/**
 * A labelled control with its help text from the schemas and the issues at its path. A control
 * of a whole section field also links that field's documentation, on the label's line.
 */
export function FieldShell({ path, label, children, hint, className }: FieldShellProps) {
  const id = useId();
  const helpId = `${id}-help`;
  const doc = useFieldDoc(path);
  const issues = useIssuesAt(path);
  const invalid = issues.some((i) => i.severity === 'error');
  const help = hint ?? doc?.description;
  const field = useSectionField(path);
  const labelElement = (
    <label htmlFor={id} className="text-xs font-medium text-slate-700 dark:text-slate-300">
      {label}
    </label>
  );
  return (
    <div className={`flex min-w-0 flex-col gap-1 ${className ?? ''}`}>
      {field === null ? (
        labelElement
      ) : (
        <div className="flex flex-wrap items-baseline justify-between gap-x-2">
          {labelElement}
          <DocLinks field={field} />
        </div>
      )}
      {children({ id, describedBy: helpId, invalid })}
      {help && (
        <p id={helpId} className="text-xs text-slate-500 dark:text-slate-400">
          {help}
        </p>
      )}
      <IssueList issues={issues} />
    </div>
  );
}

export const INPUT_CLASS =
  'w-full min-w-0 rounded-md border border-slate-300 bg-white px-2 py-1 text-sm focus:outline-2 focus:outline-indigo-500 disabled:opacity-60 aria-[invalid=true]:border-red-500 dark:border-slate-700 dark:bg-slate-900';
