import type { ImportResult } from '../../src/index';
import { SMALL_BUTTON } from '../form/controls/RowButtons';
import { Dialog } from './Dialog';

interface ImportDialogProps {
  readonly result: ImportResult;
  readonly onReplace: (yaml: string) => void;
  readonly onClose: () => void;
}

/** Shows what importing a Kubernetes manifest gives: the environment, what was carried, what was left out. */
export function ImportDialog({ result, onReplace, onClose }: ImportDialogProps) {
  return (
    <Dialog
      title="Import from Kubernetes"
      onClose={onClose}
      testId="import-dialog"
      width="wide"
      actions={
        result.ok && (
          <button
            type="button"
            className={SMALL_BUTTON}
            onClick={() => onReplace(result.yaml)}
            data-testid="import-apply"
          >
            Replace the document with this environment
          </button>
        )
      }
    >
      {!result.ok ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {result.error}
        </p>
      ) : (
        <div className="mt-2 flex flex-col gap-3 text-sm">
          <p>{`From ${result.description}: the pod-level fields become a Polyaxon environment section.`}</p>
          <pre
            data-testid="import-preview"
            className="max-h-64 overflow-auto rounded bg-slate-100 p-2 font-mono text-xs dark:bg-slate-800"
          >
            {result.yaml}
          </pre>
          {result.carried.length > 0 && (
            <div>
              <h3 className="font-medium">Carried over</h3>
              <ul className="list-disc pl-5 font-mono text-xs">
                {result.carried.map((c) => (
                  <li key={c}>{c}</li>
                ))}
              </ul>
            </div>
          )}
          {result.leftOut.length > 0 && (
            <div>
              <h3 className="font-medium">Left out</h3>
              <ul data-testid="import-left-out" className="list-disc pl-5 text-xs">
                {result.leftOut.map((l) => (
                  <li key={l.path} data-path={l.path}>
                    <code className="font-mono">{l.path}</code>: {l.reason}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </div>
      )}
    </Dialog>
  );
}
