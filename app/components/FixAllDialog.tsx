import type { FixAllResult } from '../../src/index';
import { SMALL_BUTTON } from '../form/controls/RowButtons';
import { Dialog } from './Dialog';
import { lineDiff } from './lineDiff';

interface FixAllDialogProps {
  readonly before: string;
  readonly result: FixAllResult;
  readonly onApply: (text: string) => void;
  readonly onClose: () => void;
}

const TONE = {
  same: 'text-slate-500 dark:text-slate-400',
  added: 'bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200',
  removed: 'bg-red-100 text-red-900 line-through dark:bg-red-950 dark:text-red-200',
} as const;

/** The diff Fix all would make, shown before it is applied (as one undo step). */
export function FixAllDialog({ before, result, onApply, onClose }: FixAllDialogProps) {
  const diff = lineDiff(before, result.text);
  return (
    <Dialog
      title="Fix all"
      onClose={onClose}
      testId="fix-all-dialog"
      width="wider"
      closeLabel="Cancel"
      actions={
        result.applied.length > 0 && (
          <button
            type="button"
            className={SMALL_BUTTON}
            data-testid="fix-all-apply"
            onClick={() => onApply(result.text)}
          >
            Apply these fixes
          </button>
        )
      }
    >
      {result.applied.length === 0 ? (
        <p className="text-sm">
          No problem here has a fix with one clear answer; use the Fix buttons to pick one.
        </p>
      ) : (
        <>
          <p className="text-sm">
            {`${result.applied.length} fix${result.applied.length === 1 ? '' : 'es'}; ${result.remaining.filter((i) => i.severity !== 'info').length} problem(s) left for you to decide.`}
          </p>
          <ul className="my-2 list-disc pl-5 text-xs" data-testid="fix-all-applied">
            {result.applied.map((issue, i) => (
              <li key={i} data-code={issue.code}>
                {`${issue.range.start.line}:${issue.range.start.col} ${issue.code}: ${issue.message}`}
              </li>
            ))}
          </ul>
          <pre
            data-testid="fix-all-diff"
            className="max-h-80 overflow-auto rounded border border-slate-200 font-mono text-xs dark:border-slate-700"
          >
            {diff.map((line, i) => (
              <div key={i} data-kind={line.kind} className={`px-2 ${TONE[line.kind]}`}>
                {`${line.kind === 'added' ? '+' : line.kind === 'removed' ? '-' : ' '} ${line.text}`}
              </div>
            ))}
          </pre>
        </>
      )}
    </Dialog>
  );
}
