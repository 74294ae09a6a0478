import { defineCodes } from '../../issues/catalog';

/** Codes of the tolerations, names, pull secrets, priority, restartPolicy and hostPID rules. */
export const SCHEDULING_CODES = defineCodes({
  'toleration-key-invalid': {
    severity: 'error',
    source: 'kubernetes',
    title: 'A toleration key that is not a qualified name',
  },
  'toleration-empty-key-needs-exists': {
    severity: 'error',
    source: 'kubernetes',
    title: 'A toleration without a key whose operator is not Exists',
  },
  'toleration-exists-with-value': {
    severity: 'error',
    source: 'kubernetes',
    title: 'A toleration with operator Exists and a value',
  },
  'toleration-value-invalid': {
    severity: 'error',
    source: 'kubernetes',
    title: 'A toleration value that is not a valid label value',
  },
  'toleration-seconds-needs-no-execute': {
    severity: 'error',
    source: 'kubernetes',
    title: 'tolerationSeconds on a toleration whose effect is not NoExecute',
  },
  'toleration-seconds-not-positive': {
    severity: 'warning',
    source: 'kubernetes',
    title: 'tolerationSeconds of zero or less: the pod is evicted at once',
  },
  'toleration-matches-all': {
    severity: 'info',
    source: 'kubernetes',
    title: 'A toleration that tolerates every taint',
  },
  'node-name-invalid': {
    severity: 'error',
    source: 'kubernetes',
    title: 'A nodeName that is not a DNS subdomain',
  },
  'node-name-set': { severity: 'info', source: 'kubernetes', title: 'nodeName bypasses the scheduler' },
  'scheduler-name-custom': {
    severity: 'info',
    source: 'kubernetes',
    title: 'A schedulerName other than the default: the pod stays Pending unless that scheduler runs',
  },
  'service-account-name-invalid': {
    severity: 'error',
    source: 'kubernetes',
    title: 'A serviceAccountName that is not a DNS subdomain',
  },
  'priority-class-name-invalid': {
    severity: 'error',
    source: 'kubernetes',
    title: 'A priorityClassName that is not a DNS subdomain',
  },
  'image-pull-secret-empty': {
    severity: 'warning',
    source: 'kubernetes',
    title: 'An image pull secret without a name',
  },
  'image-pull-secret-duplicate': {
    severity: 'warning',
    source: 'kubernetes',
    title: 'The same image pull secret listed twice',
  },
  'image-pull-secret-name-invalid': {
    severity: 'warning',
    source: 'kubernetes',
    title: 'An image pull secret name that no Secret can have',
  },
  'priority-out-of-range': {
    severity: 'error',
    source: 'kubernetes',
    title: 'A priority outside the 32-bit range',
  },
  'priority-set': {
    severity: 'warning',
    source: 'kubernetes',
    title: 'priority set by hand, which the Priority admission plugin usually rejects',
  },
  'restart-policy-missing-in-job': {
    severity: 'error',
    source: 'kubernetes',
    title: 'A Job manifest without restartPolicy, which defaults to Always and is rejected',
  },
  'restart-policy-always-in-job': {
    severity: 'error',
    source: 'kubernetes',
    title: 'restartPolicy Always on a job, which Kubernetes Jobs reject',
  },
  'restart-policy-not-always-in-service': {
    severity: 'error',
    source: 'kubernetes',
    title: 'A restartPolicy other than Always on a service or long-running workload',
  },
  'restart-policy-exit-code': {
    severity: 'error',
    source: 'kubernetes',
    title: 'restartPolicy ExitCode outside a Kubeflow run',
  },
  'host-pid-sent-as-string': {
    severity: 'warning',
    source: 'polyaxon',
    title: 'hostPID, which current Polyaxon sends as the string "True" or "False"',
  },
});
