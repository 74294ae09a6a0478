import { useId, useState, type ReactNode } from 'react';
import type { Path } from '../../src/index';
import { DocLinks, useSectionField } from './controls/DocLinks';
import { useIssuesAt } from './FormContext';

interface PanelProps {
  readonly id: string;
  readonly title: string;
  /** The paths this panel edits: its badge counts the issues under them. */
  readonly paths: readonly Path[];
  readonly children: ReactNode;
  readonly summary?: ReactNode;
  readonly defaultOpen?: boolean;
}

/**
 * One collapsible panel of the form, with the number of errors and warnings inside it. A panel
 * that edits one section field links that field's documentation in its header.
 */
export function Panel({ id, title, paths, children, summary, defaultOpen = true }: PanelProps) {
  const [open, setOpen] = useState(defaultOpen);
  const headingId = useId();
  const field = useSectionField(paths.length === 1 ? (paths[0] ?? []) : []);
  return (
    <section
      data-panel={id}
      aria-labelledby={headingId}
      className="rounded-lg border border-slate-200 bg-white shadow-sm dark:border-slate-800 dark:bg-slate-900"
    >
      <div className="flex items-center">
        <h3 id={headingId} className="m-0 min-w-0 flex-1">
          <button
            type="button"
            aria-expanded={open}
            onClick={() => setOpen(!open)}
            className="flex w-full items-center gap-2 px-3 py-2 text-left text-sm font-semibold focus:outline-2 focus:outline-indigo-500"
          >
            <span aria-hidden="true" className="w-3 text-slate-400">
              {open ? '▾' : '▸'}
            </span>
            {title}
            <PanelBadge paths={paths} />
          </button>
        </h3>
        {field !== null && <DocLinks field={field} className="pr-3" />}
      </div>
      {summary && <div className="px-3 pb-1 text-xs text-slate-600 dark:text-slate-400">{summary}</div>}
      {open && <div className="flex flex-col gap-3 px-3 pt-1 pb-3">{children}</div>}
    </section>
  );
}

function PanelBadge({ paths }: { paths: readonly Path[] }) {
  return (
    <span className="ml-auto flex gap-1 text-xs font-normal">
      {paths.map((p, i) => (
        <PathBadge key={i} path={p} />
      ))}
    </span>
  );
}

function PathBadge({ path }: { path: Path }) {
  const issues = useIssuesAt(path, true);
  const errors = issues.filter((i) => i.severity === 'error').length;
  const warnings = issues.filter((i) => i.severity === 'warning').length;
  return (
    <>
      {errors > 0 && (
        <span className="rounded bg-red-100 px-1.5 text-red-800 dark:bg-red-950 dark:text-red-300">
          {errors} ✖
        </span>
      )}
      {warnings > 0 && (
        <span className="rounded bg-amber-100 px-1.5 text-amber-800 dark:bg-amber-950 dark:text-amber-300">
          {warnings} ⚠
        </span>
      )}
    </>
  );
}
