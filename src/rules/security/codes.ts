import { defineCodes } from '../../issues/catalog';

/** Codes of the securityContext rules (Kubernetes validatePodSpecSecurityContext and the kubelet). */
export const SECURITY_CODES = defineCodes({
  'user-id-out-of-range': {
    severity: 'error',
    source: 'kubernetes',
    title: 'A runAsUser outside 0-4294967295',
  },
  'group-id-out-of-range': {
    severity: 'error',
    source: 'kubernetes',
    title: 'A runAsGroup, fsGroup or supplemental group outside 0-4294967295',
  },
  'run-as-non-root-with-root-user': {
    severity: 'error',
    source: 'kubernetes',
    title: 'runAsNonRoot: true with runAsUser: 0, so the kubelet refuses to start the containers',
  },
  'run-as-non-root-image-user': {
    severity: 'info',
    source: 'kubernetes',
    title: 'runAsNonRoot: true without runAsUser: the images must run as a numeric non-root user',
  },
  'seccomp-type-missing': {
    severity: 'error',
    source: 'kubernetes',
    title: 'A seccompProfile without a type',
  },
  'seccomp-localhost-profile-missing': {
    severity: 'error',
    source: 'kubernetes',
    title: 'seccompProfile type Localhost without localhostProfile',
  },
  'seccomp-localhost-profile-forbidden': {
    severity: 'error',
    source: 'kubernetes',
    title: 'seccompProfile localhostProfile with a type other than Localhost',
  },
  'seccomp-localhost-profile-invalid': {
    severity: 'error',
    source: 'kubernetes',
    title: 'A seccomp localhostProfile that is absolute or contains ".."',
  },
  'apparmor-type-missing': {
    severity: 'error',
    source: 'kubernetes',
    title: 'An appArmorProfile without a type',
  },
  'apparmor-localhost-profile-missing': {
    severity: 'error',
    source: 'kubernetes',
    title: 'appArmorProfile type Localhost without a localhostProfile',
  },
  'apparmor-localhost-profile-forbidden': {
    severity: 'error',
    source: 'kubernetes',
    title: 'appArmorProfile localhostProfile with a type other than Localhost',
  },
  'apparmor-localhost-profile-invalid': {
    severity: 'error',
    source: 'kubernetes',
    title: 'An AppArmor localhostProfile padded with whitespace or longer than 4095 bytes',
  },
  'host-process-needs-host-network': {
    severity: 'error',
    source: 'kubernetes',
    title: 'windowsOptions.hostProcess: true without hostNetwork: true',
  },
  'security-field-dropped': {
    severity: 'warning',
    source: 'polyaxon',
    title: 'A container-only securityContext field, dropped because Polyaxon applies it to the pod',
  },
  'windows-gmsa-name-invalid': {
    severity: 'error',
    source: 'kubernetes',
    title: 'A gmsaCredentialSpecName that is not a DNS subdomain',
  },
  'windows-gmsa-spec-invalid': {
    severity: 'error',
    source: 'kubernetes',
    title: 'An empty gmsaCredentialSpec, or one over 64 KiB',
  },
  'windows-user-name-invalid': {
    severity: 'error',
    source: 'kubernetes',
    title: 'A Windows runAsUserName Kubernetes rejects',
  },
});
