import type { FixOption, Issue } from '../../src/index';
import { formatPath } from '../../src/index';
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

/**
 * A key per issue that stays while its text moves (typing above it changes its offsets, not what
 * it is): its document, code and path, and which of the issues alike it is. A row kept keeps its
 * open fix choices, and the list is not rebuilt on each keystroke.
 */
function issueKeys(issues: readonly Issue[]): string[] {
  const seen = new Map<string, number>();
  return issues.map((issue) => {
    const base = `${issue.doc}:${issue.code}:${formatPath(issue.path)}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return `${base}#${n}`;
  });
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
  const keys = issueKeys(issues);
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
            key={keys[index]}
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
