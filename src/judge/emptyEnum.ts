import { dnsPolicySchema, podRestartPolicySchema } from '../schema/k8s/policies';
import { taintEffectSchema, tolerationOperatorSchema } from '../schema/k8s/toleration';

/**
 * Kubernetes enums where an empty string is valid: the API server fills in the default
 * (dnsPolicy ClusterFirst, restartPolicy Always) or reads "" as a wildcard or the default
 * (toleration effect: every effect; toleration operator: Equal).
 */
const EMPTY_ALLOWED = new Set(
  [dnsPolicySchema, podRestartPolicySchema, tolerationOperatorSchema, taintEffectSchema].map((s) =>
    s.options.join('|'),
  ),
);

/** True when `""` is an accepted value of the enum with these values. */
export function enumAcceptsEmpty(values: readonly string[]): boolean {
  return EMPTY_ALLOWED.has(values.join('|'));
}
