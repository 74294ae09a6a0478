import type { Issue } from '../../../src/index';
import { formatPath } from '../../../src/index';
import { useOptionalForm } from '../FormContext';
import { FixChoiceButtons, useFixChoices } from './FixChoices';
import { SMALL_BUTTON } from './RowButtons';

const TONE: Record<Issue['severity'], string> = {
  error: 'text-red-700 dark:text-red-400',
  warning: 'text-amber-700 dark:text-amber-400',
  info: 'text-sky-700 dark:text-sky-400',
};

/** The core's issues about one control, shown under it. */
export function IssueList({ issues }: { readonly issues: readonly Issue[] }) {
  const api = useOptionalForm();
  const fixes = useFixChoices(api?.getFixes, api?.applyFix);
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
          {api?.fixable.has(issue.code) && !api.readOnly && (
            <button
              type="button"
              className={`${SMALL_BUTTON} ml-1`}
              data-testid="field-fix"
              aria-label="Fix this problem"
              title={`Fix: ${issue.message}`}
              onClick={() => void fixes.fix(issue, i)}
            >
              Fix
            </button>
          )}
          {fixes.shown?.at === i && (
            <span className="ml-1 inline-flex flex-wrap gap-1">
              <FixChoiceButtons
                options={fixes.shown.options}
                onChoose={fixes.choose}
                empty={<span>No fix applies any more.</span>}
              />
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
