import { childIn, isSet, type Located } from '../../judge/located';

/**
 * Pod annotations Kubernetes warns about (pkg/api/pod/warnings.go): the old alpha annotations
 * that do nothing any more, and the beta AppArmor annotations that the appArmorProfile field replaced.
 * Returns the warning for `key`, or null.
 */
export function deprecatedAnnotation(key: string, root: Located): string | null {
  const exact = EXACT[key];
  if (exact) return exact;
  if (key === SECCOMP_POD || key.startsWith(SECCOMP_CONTAINER)) {
    return (
      'has had no effect since Kubernetes 1.27; set securityContext.seccompProfile ' +
      '(for example type: RuntimeDefault) instead'
    );
  }
  if (key.startsWith(APPARMOR_CONTAINER) && !isSet(childIn(root, ['securityContext', 'appArmorProfile']))) {
    return (
      'is deprecated since Kubernetes 1.30 and the API server warns about it; set ' +
      'securityContext.appArmorProfile (type RuntimeDefault, or Localhost with localhostProfile) instead'
    );
  }
  return null;
}

const SECCOMP_POD = 'seccomp.security.alpha.kubernetes.io/pod';
const SECCOMP_CONTAINER = 'container.seccomp.security.alpha.kubernetes.io/';
const APPARMOR_CONTAINER = 'container.apparmor.security.beta.kubernetes.io/';

const EXACT: Readonly<Record<string, string>> = {
  'scheduler.alpha.kubernetes.io/critical-pod':
    'has no effect since Kubernetes 1.16; use priorityClassName instead',
  'security.alpha.kubernetes.io/sysctls':
    'has no effect since Kubernetes 1.11; use securityContext.sysctls instead',
  'security.alpha.kubernetes.io/unsafe-sysctls':
    'has no effect since Kubernetes 1.11; use securityContext.sysctls instead',
};
