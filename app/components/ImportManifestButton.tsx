import { useState } from 'react';
import type { DetectedSection, ImportResult } from '../../src/index';
import { SMALL_BUTTON } from '../form/controls/RowButtons';

interface ImportManifestButtonProps {
  /** The Kubernetes pod specs found in the file (one per workload manifest). */
  readonly manifests: readonly DetectedSection[];
  readonly getText: () => string;
  readonly onResult: (result: ImportResult) => void;
}

/**
 * "Import as Polyaxon environment…" for the workload manifests of the file; when it holds several
 * (a multi-document file), a choice of which one.
 */
export function ImportManifestButton({ manifests, getText, onResult }: ImportManifestButtonProps) {
  const [picked, setPicked] = useState(0);
  if (manifests.length === 0) return null;
  const chosen = manifests[Math.min(picked, manifests.length - 1)] ?? manifests[0];
  const run = (): void => {
    if (!chosen) return;
    void import('../state/onDemand').then(({ importManifest }) =>
      onResult(importManifest(getText(), { doc: chosen.doc })),
    );
  };
  return (
    <span className="flex items-center gap-1">
      {manifests.length > 1 && (
        <select
          aria-label="Manifest to import"
          data-testid="import-manifest-choice"
          value={Math.min(picked, manifests.length - 1)}
          onChange={(event) => setPicked(Number(event.target.value))}
          className="rounded border border-slate-300 bg-white px-1 py-0.5 text-xs dark:border-slate-700 dark:bg-slate-900"
        >
          {manifests.map((m, i) => (
            <option key={`${m.doc}:${m.label}`} value={i}>
              {`document ${m.doc + 1}: ${m.label}`}
            </option>
          ))}
        </select>
      )}
      <button type="button" className={SMALL_BUTTON} data-testid="import-manifest" onClick={run}>
        Import as Polyaxon environment…
      </button>
    </span>
  );
}
