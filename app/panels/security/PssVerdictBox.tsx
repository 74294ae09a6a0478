import { useMemo } from 'react';
import type { PssProfile } from '../../../src/index';
import { form as core } from '../../../src/index';
import { SMALL_BUTTON } from '../../form/controls/RowButtons';
import { useForm } from '../../form/FormContext';
import { hardenEdits } from './harden';

/** The finding that pod-level fields can never satisfy; shown as a note, not as a reason. */
const CONTAINER_LEVEL = 'pss-restricted-container-level';

const VERDICT_TEXT: Record<PssProfile, string> = {
  privileged:
    'Fails a baseline check: only namespaces that allow privileged pods (or enforce no standard) admit it.',
  baseline: 'Meets baseline but not restricted: namespaces that enforce restricted reject it.',
  restricted: 'The pod-level fields meet the restricted standard, the strictest one.',
};

const VERDICT_TONE: Record<PssProfile, string> = {
  privileged: 'bg-red-100 text-red-800 dark:bg-red-950 dark:text-red-300',
  baseline: 'bg-amber-100 text-amber-800 dark:bg-amber-950 dark:text-amber-300',
  restricted: 'bg-emerald-100 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-300',
};

/** The verdict as a small colored chip (also used in the panel summary). */
export function VerdictChip({ verdict }: { readonly verdict: PssProfile }) {
  return (
    <span className={`rounded px-1.5 py-0.5 text-xs font-semibold ${VERDICT_TONE[verdict]}`}>{verdict}</span>
  );
}

/** The pod's Pod Security Standards verdict from the core, its reasons, and one-click hardening. */
export function PssVerdictBox() {
  const { root, edit, readOnly } = useForm();
  const security = useMemo(() => core.podSecurity(root), [root]);
  const harden = useMemo(() => hardenEdits(root), [root]);
  const reasons = security.findings.filter((f) => f.code !== CONTAINER_LEVEL);
  const containerNote = security.findings.find((f) => f.code === CONTAINER_LEVEL);
  return (
    <div
      data-testid="pss-verdict"
      data-verdict={security.verdict}
      className="flex flex-col gap-2 rounded-md border border-slate-200 p-2 dark:border-slate-700"
    >
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <span className="font-medium">Pod Security Standards:</span>
        <VerdictChip verdict={security.verdict} />
        <button
          type="button"
          data-testid="harden-restricted"
          className={`${SMALL_BUTTON} ml-auto`}
          disabled={readOnly || harden.length === 0}
          title={
            harden.length === 0
              ? 'runAsNonRoot, runAsUser and seccompProfile already meet the restricted standard'
              : 'Sets runAsNonRoot: true, seccompProfile type RuntimeDefault and a non-root runAsUser, where missing or wrong'
          }
          onClick={() => edit(harden)}
        >
          Harden (restricted)
        </button>
      </div>
      <p className="text-xs text-slate-600 dark:text-slate-400">{VERDICT_TEXT[security.verdict]}</p>
      {reasons.length > 0 && (
        <ul className="flex list-disc flex-col gap-0.5 pl-4 text-xs" aria-label="Why">
          {reasons.map((f, i) => (
            <li key={`${f.code}:${i}`} data-code={f.code} data-level={f.level}>
              <span className="font-medium">{f.level}:</span> {f.message}
            </li>
          ))}
        </ul>
      )}
      {containerNote && (
        <p className="text-xs text-slate-500 dark:text-slate-400" data-code={containerNote.code}>
          Not counted here: {containerNote.message}.
        </p>
      )}
    </div>
  );
}
