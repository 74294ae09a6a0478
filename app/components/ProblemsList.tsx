import type { FixOption, Issue } from '../../src/index';
import { SMALL_BUTTON } from '../form/controls/RowButtons';
import { ProblemItem } from './ProblemItem';

interface ProblemsListProps {
  readonly issues: readonly Issue[];
  readonly onSelect: (issue: Issue) => void;
  readonly fixable: ReadonlySet<string>;
  readonly getFixes: (issue: Issue) => Promise<FixOption[]>;
  readonly onApplyFix: (fix: FixOption) => void;
  readonly onFixAll: () => void;
}

function countLabel(issues: readonly Issue[]): string {
  const count = (severity: Issue['severity']): number => issues.filter((i) => i.severity === severity).length;
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}, ${count('info')} info`;
}

export function ProblemsList({
  issues,
  onSelect,
  fixable,
  getFixes,
  onApplyFix,
  onFixAll,
}: ProblemsListProps) {
  return (
    <section aria-labelledby="problems-heading" className="flex flex-col gap-2">
      <h2 id="problems-heading" className="flex items-baseline gap-2 text-sm font-semibold">
        Problems
        <span data-testid="problem-counts" className="font-normal text-slate-500 dark:text-slate-400">
          {countLabel(issues)}
        </span>
        <button
          type="button"
          className={`${SMALL_BUTTON} ml-auto font-normal`}
          data-testid="fix-all"
          onClick={onFixAll}
        >
          Fix all…
        </button>
      </h2>
      <ol data-testid="problems" className="flex flex-col">
        {issues.map((issue, index) => (
          <ProblemItem
            key={`${issue.range.start.offset}:${issue.code}:${index}`}
            issue={issue}
            onSelect={onSelect}
            getFixes={fixable.has(issue.code) ? getFixes : undefined}
            onApplyFix={onApplyFix}
          />
        ))}
      </ol>
      {issues.length === 0 && (
        <p className="text-sm text-slate-600 dark:text-slate-400">No problems found.</p>
      )}
    </section>
  );
}
