import type { Issue } from '../../src/index';
import { formatPath } from '../../src/index';

const SEVERITY_STYLE: Record<Issue['severity'], string> = {
  error: 'text-red-700 dark:text-red-400',
  warning: 'text-amber-700 dark:text-amber-400',
  info: 'text-sky-700 dark:text-sky-400',
};

interface ProblemItemProps {
  readonly issue: Issue;
  readonly onSelect: (issue: Issue) => void;
}

/** One issue: `line:col severity code message`; choosing it selects its text in the editor. */
export function ProblemItem({ issue, onSelect }: ProblemItemProps) {
  const { start } = issue.range;
  const path = formatPath(issue.path);
  return (
    <li data-code={issue.code} data-path={path} data-severity={issue.severity} data-source={issue.source}>
      <button
        type="button"
        onClick={() => onSelect(issue)}
        title={path === '' ? undefined : path}
        className="w-full rounded px-2 py-1 text-left text-sm hover:bg-slate-100 focus:outline-2 focus:outline-indigo-500 dark:hover:bg-slate-800"
      >
        <span className="font-mono text-slate-500 tabular-nums dark:text-slate-400">
          {start.line}:{start.col}
        </span>{' '}
        <span className={`font-medium ${SEVERITY_STYLE[issue.severity]}`}>{issue.severity}</span>{' '}
        <code className="font-mono text-xs text-slate-600 dark:text-slate-300">{issue.code}</code>{' '}
        <span>{issue.message}</span>
      </button>
    </li>
  );
}
