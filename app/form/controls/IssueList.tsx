import type { Issue } from '../../../src/index';
import { formatPath } from '../../../src/index';

const TONE: Record<Issue['severity'], string> = {
  error: 'text-red-700 dark:text-red-400',
  warning: 'text-amber-700 dark:text-amber-400',
  info: 'text-sky-700 dark:text-sky-400',
};

/** The core's issues about one control, shown under it. */
export function IssueList({ issues }: { readonly issues: readonly Issue[] }) {
  if (issues.length === 0) return null;
  return (
    <ul className="flex flex-col gap-0.5" data-testid="field-issues">
      {issues.map((issue, i) => (
        <li
          key={`${issue.code}:${i}`}
          data-code={issue.code}
          data-severity={issue.severity}
          data-issue-path={formatPath(issue.path)}
          className={`text-xs ${TONE[issue.severity]}`}
        >
          <span className="font-medium">{issue.severity}</span> {issue.message}
        </li>
      ))}
    </ul>
  );
}
