import type { Edit } from '../../../src/index';
import { form as core } from '../../../src/index';

/** The user ID "Harden" writes in place of root (0), as the core's messages suggest. */
export const HARDENED_USER_ID = 1000;

/** Seccomp profile types the restricted Pod Security Standard accepts. */
const RESTRICTED_SECCOMP = new Set(['RuntimeDefault', 'Localhost']);

/**
 * The edits that bring the pod-level fields of `environment.securityContext` to the restricted
 * Pod Security Standard: runAsNonRoot true, a non-root runAsUser when it is 0, and a RuntimeDefault
 * seccomp profile unless a Localhost one is set. Only what is missing or wrong changes. The
 * container-level requirements (allowPrivilegeEscalation false, capabilities.drop [ALL]) are left
 * out on purpose: Polyaxon drops those fields from this section.
 * Nothing when the security context is written as something other than a mapping.
 */
export function hardenEdits(root: core.View): Edit[] {
  const sc = core.field(root, 'securityContext');
  if (sc.value !== undefined && sc.value !== null && !core.isMapping(sc)) return [];
  const out: Edit[] = [];
  const nonRoot = core.field(sc, 'runAsNonRoot');
  if (nonRoot.value !== true) out.push({ op: 'set', path: nonRoot.path, value: true });
  const user = core.field(sc, 'runAsUser');
  if (user.value === 0) out.push({ op: 'set', path: user.path, value: HARDENED_USER_ID });
  const seccomp = core.field(sc, 'seccompProfile');
  const type = core.field(seccomp, 'type');
  if (typeof type.value !== 'string' || !RESTRICTED_SECCOMP.has(type.value)) {
    if (core.isMapping(seccomp)) {
      out.push({ op: 'set', path: type.path, value: 'RuntimeDefault' });
      const local = core.field(seccomp, 'localhostProfile');
      if (local.value !== undefined) out.push({ op: 'remove', path: local.path });
    } else {
      out.push(...core.setTree(seccomp.path, { type: 'RuntimeDefault' }));
    }
  }
  return out;
}
