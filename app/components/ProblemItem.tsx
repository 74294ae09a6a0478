import { useState } from 'react';
import type { FixOption, Issue } from '../../src/index';
import { formatPath } from '../../src/index';
import { SMALL_BUTTON } from '../form/controls/RowButtons';

const SEVERITY_STYLE: Record<Issue['severity'], string> = {
  error: 'text-red-700 dark:text-red-400',
  warning: 'text-amber-700 dark:text-amber-400',
  info: 'text-sky-700 dark:text-sky-400',
};

interface ProblemItemProps {
  readonly issue: Issue;
  readonly onSelect: (issue: Issue) => void;
  /** The fixes of this issue, computed when asked for; undefined when its code has none. */
  readonly getFixes?: ((issue: Issue) => Promise<FixOption[]>) | undefined;
  readonly onApplyFix?: (fix: FixOption) => void;
}

/** One issue: `line:col severity code message`; choosing it selects its text in the editor. */
export function ProblemItem({ issue, onSelect, getFixes, onApplyFix }: ProblemItemProps) {
  const { start } = issue.range;
  const path = formatPath(issue.path);
  const [choices, setChoices] = useState<FixOption[] | null>(null);
  const fix = async (): Promise<void> => {
    if (!getFixes || !onApplyFix) return;
    const options = await getFixes(issue);
    if (options.length === 1 && options[0]) onApplyFix(options[0]);
    else setChoices(options);
  };
  return (
    <li data-code={issue.code} data-path={path} data-severity={issue.severity} data-source={issue.source}>
      <div className="flex items-start gap-1">
        <button
          type="button"
          onClick={() => onSelect(issue)}
          data-testid="problem-select"
          title={path === '' ? undefined : path}
          className="min-w-0 flex-1 rounded px-2 py-1 text-left text-sm hover:bg-slate-100 focus:outline-2 focus:outline-indigo-500 dark:hover:bg-slate-800"
        >
          <span className="font-mono text-slate-500 tabular-nums dark:text-slate-400">
            {start.line}:{start.col}
          </span>{' '}
          <span className={`font-medium ${SEVERITY_STYLE[issue.severity]}`}>{issue.severity}</span>{' '}
          <code className="font-mono text-xs text-slate-600 dark:text-slate-300">{issue.code}</code>{' '}
          <span>{issue.message}</span>
        </button>
        {getFixes && (
          <button
            type="button"
            className={`${SMALL_BUTTON} mt-1`}
            data-testid="fix"
            onClick={() => void fix()}
            aria-label={`Fix ${issue.code}`}
          >
            Fix
          </button>
        )}
      </div>
      {choices && (
        <div className="flex flex-wrap gap-1 px-2 pb-1" data-testid="fix-choices">
          {choices.length === 0 && (
            <span className="text-xs text-slate-500">No fix applies to this text any more.</span>
          )}
          {choices.map((option) => (
            <button
              key={option.title}
              type="button"
              className={SMALL_BUTTON}
              onClick={() => {
                setChoices(null);
                onApplyFix?.(option);
              }}
            >
              {option.title}
            </button>
          ))}
        </div>
      )}
    </li>
  );
}
