/**
 * The section fields each environment panel reads and edits: the panel sees only these
 * (app/form/FormScope.tsx), so an edit elsewhere leaves it alone.
 */
export const SCHEDULING_FIELDS: readonly string[] = [
  'nodeName',
  'serviceAccountName',
  'schedulerName',
  'priorityClassName',
  'priority',
  'restartPolicy',
  'hostNetwork',
  'hostPID',
];

/**
 * The security panel shows the Pod Security Standards verdict of the pod, which looks at the
 * security context, the host namespaces and the AppArmor annotations (never at labels, scheduling,
 * tolerations, DNS, host aliases or pull secrets).
 */
export const SECURITY_FIELDS: readonly string[] = [
  'securityContext',
  'hostNetwork',
  'hostPID',
  'annotations',
];

export const DNS_FIELDS: readonly string[] = ['dnsPolicy', 'dnsConfig'];
