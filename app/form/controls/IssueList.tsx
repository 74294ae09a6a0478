import { useState } from 'react';
import type { FixOption, Issue } from '../../../src/index';
import { formatPath } from '../../../src/index';
import { useOptionalForm } from '../FormContext';
import { SMALL_BUTTON } from './RowButtons';

const TONE: Record<Issue['severity'], string> = {
  error: 'text-red-700 dark:text-red-400',
  warning: 'text-amber-700 dark:text-amber-400',
  info: 'text-sky-700 dark:text-sky-400',
};

/** The core's issues about one control, shown under it. */
export function IssueList({ issues }: { readonly issues: readonly Issue[] }) {
  const api = useOptionalForm();
  const [choices, setChoices] = useState<{ index: number; options: FixOption[] } | null>(null);
  if (issues.length === 0) return null;
  const fix = async (issue: Issue, index: number): Promise<void> => {
    if (!api) return;
    const options = await api.getFixes(issue);
    if (options.length === 1 && options[0]) api.applyFix(options[0]);
    else setChoices({ index, options });
  };
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
              onClick={() => void fix(issue, i)}
            >
              Fix
            </button>
          )}
          {choices?.index === i && (
            <span className="ml-1 inline-flex flex-wrap gap-1">
              {choices.options.length === 0 && <span>No fix applies any more.</span>}
              {choices.options.map((option) => (
                <button
                  key={option.title}
                  type="button"
                  className={SMALL_BUTTON}
                  onClick={() => {
                    setChoices(null);
                    api?.applyFix(option);
                  }}
                >
                  {option.title}
                </button>
              ))}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
