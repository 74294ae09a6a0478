import type { ReactNode } from 'react';
import { formatPath, form as core } from '../../../src/index';
import { IssueList } from '../../form/controls/IssueList';
import { RowButtons } from '../../form/controls/RowButtons';
import { useForm, useIssuesAt } from '../../form/FormContext';

interface TermCardProps {
  /** The list holding the term. */
  readonly list: core.View;
  readonly term: core.View;
  readonly title: string;
  readonly children: ReactNode;
}

/** One term of a list (a node selector term, a weighted preference, a pod affinity term). */
export function TermCard({ list, term, title, children }: TermCardProps) {
  const { root, edit } = useForm();
  const issues = useIssuesAt(term.path);
  const index = term.path[term.path.length - 1] as number;
  return (
    <li
      className="flex flex-col gap-2 rounded-md border border-slate-200 bg-slate-50 p-2 dark:border-slate-800 dark:bg-slate-950"
      data-term={formatPath(term.path)}
    >
      <div className="flex items-center justify-between gap-2">
        <span className="text-xs font-semibold text-slate-700 dark:text-slate-300">{title}</span>
        <RowButtons
          what={title.toLowerCase()}
          index={index}
          count={core.items(list).length}
          onMove={(from, to) => edit(core.move(list, from, to))}
          onRemove={() => edit(core.removeAt(root, term.path))}
        />
      </div>
      <IssueList issues={issues} />
      {children}
    </li>
  );
}

/** "or" between alternatives of a list. */
export function OrSeparator({ word = 'or' }: { readonly word?: string }) {
  return (
    <li aria-hidden="true" className="text-center text-xs text-slate-400 uppercase">
      {word}
    </li>
  );
}
