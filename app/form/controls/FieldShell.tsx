import { useId, type ReactNode } from 'react';
import type { Path } from '../../../src/index';
import { useFieldDoc, useIssuesAt } from '../FormContext';
import { IssueList } from './IssueList';

interface FieldShellProps {
  readonly path: Path;
  readonly label: string;
  /** Renders the control with the id its label points at and the ids of its help. */
  readonly children: (ids: { id: string; describedBy: string; invalid: boolean }) => ReactNode;
  readonly hint?: string | undefined;
  readonly className?: string;
}

/** A labelled control with its help text from the schemas and the issues at its path. */
export function FieldShell({ path, label, children, hint, className }: FieldShellProps) {
  const id = useId();
  const helpId = `${id}-help`;
  const doc = useFieldDoc(path);
  const issues = useIssuesAt(path);
  const invalid = issues.some((i) => i.severity === 'error');
  const help = hint ?? doc?.description;
  return (
    <div className={`flex min-w-0 flex-col gap-1 ${className ?? ''}`}>
      <label htmlFor={id} className="text-xs font-medium text-slate-700 dark:text-slate-300">
        {label}
      </label>
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
