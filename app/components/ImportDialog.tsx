import { useEffect, useRef } from 'react';
import type { ImportResult } from '../../src/index';
import { SMALL_BUTTON } from '../form/controls/RowButtons';

interface ImportDialogProps {
  readonly result: ImportResult;
  readonly onReplace: (yaml: string) => void;
  readonly onClose: () => void;
}

/** Shows what importing a Kubernetes manifest gives: the environment, what was carried, what was left out. */
export function ImportDialog({ result, onReplace, onClose }: ImportDialogProps) {
  const dialog = useRef<HTMLDialogElement | null>(null);
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);
  return (
    <dialog
      ref={dialog}
      data-testid="import-dialog"
      aria-labelledby="import-title"
      onClose={onClose}
      className="m-auto max-h-[85vh] w-[min(56rem,95vw)] overflow-y-auto rounded-lg border border-slate-300 bg-white p-4 text-slate-900 shadow-xl backdrop:bg-black/40 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
    >
      <h2 id="import-title" className="text-base font-semibold">
        Import from Kubernetes
      </h2>
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
      <div className="mt-4 flex justify-end gap-2">
        {result.ok && (
          <button
            type="button"
            className={SMALL_BUTTON}
            onClick={() => onReplace(result.yaml)}
            data-testid="import-apply"
          >
            Replace the document with this environment
          </button>
        )}
        <button type="button" className={SMALL_BUTTON} onClick={() => dialog.current?.close()}>
          Close
        </button>
      </div>
    </dialog>
  );
}
