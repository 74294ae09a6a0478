import type { FixOption, Issue } from '../../src/index';
import { formatPath } from '../../src/index';
import { FixChoiceButtons, useFixChoices } from '../form/controls/FixChoices';
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
  const fixes = useFixChoices(getFixes, onApplyFix);
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
            onClick={() => void fixes.fix(issue)}
            aria-label={`Fix ${issue.code}`}
          >
            Fix
          </button>
        )}
      </div>
      {fixes.shown && (
        <div className="flex flex-wrap gap-1 px-2 pb-1" data-testid="fix-choices">
          <FixChoiceButtons
            options={fixes.shown.options}
            onChoose={fixes.choose}
            empty={<span className="text-xs text-slate-500">No fix applies to this text any more.</span>}
          />
        </div>
      )}
    </li>
  );
}
