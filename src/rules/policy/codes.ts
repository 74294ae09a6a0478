import { defineCodes } from '../../issues/catalog';

/**
 * Codes of the Pod Security Standards findings (pod-security-admission `policy/check_*.go`).
 * They are `info` unless the user picks a profile that includes the check, then `warning`.
 */
export const POLICY_CODES = defineCodes({
  'pss-host-namespaces': {
    severity: 'info',
    source: 'policy',
    title: 'Baseline: the pod shares the host network, PID or IPC namespace',
  },
  'pss-selinux-options': {
    severity: 'info',
    source: 'policy',
    title: 'Baseline: a custom SELinux type, user or role',
  },
  'pss-seccomp-unconfined': {
    severity: 'info',
    source: 'policy',
    title: 'Baseline: seccomp profile Unconfined',
  },
  'pss-apparmor-unconfined': {
    severity: 'info',
    source: 'policy',
    title: 'Baseline: AppArmor profile Unconfined',
  },
  'pss-host-process': {
    severity: 'info',
    source: 'policy',
    title: 'Baseline: Windows host-process containers',
  },
  'pss-run-as-non-root': {
    severity: 'info',
    source: 'policy',
    title: 'Restricted: runAsNonRoot is not true',
  },
  'pss-run-as-user-root': {
    severity: 'info',
    source: 'policy',
    title: 'Restricted: runAsUser is 0 (root)',
  },
  'pss-seccomp-required': {
    severity: 'info',
    source: 'policy',
    title: 'Restricted: no seccomp profile (RuntimeDefault or Localhost)',
  },
  'pss-restricted-container-level': {
    severity: 'info',
    source: 'policy',
    title: 'Restricted: allowPrivilegeEscalation and capabilities must be set on the containers',
  },
});

/** A code of this module. */
export type PolicyCode = keyof typeof POLICY_CODES;
