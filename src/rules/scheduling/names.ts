import { child, str } from '../../judge/located';
import type { Rule } from '../../judge/rule';
import { isDns1123Subdomain } from '../../k8s/names';
import { brief } from '../metadata/brief';

/** Pod fields that name another object and must be DNS-1123 subdomains, with what they name. */
const NAME_FIELDS = [
  { field: 'nodeName', code: 'node-name-invalid', what: 'a node', example: 'gpu-node-1' },
  {
    field: 'serviceAccountName',
    code: 'service-account-name-invalid',
    what: 'a ServiceAccount',
    example: 'build-robot',
  },
  {
    field: 'priorityClassName',
    code: 'priority-class-name-invalid',
    what: 'a PriorityClass',
    example: 'high-priority',
  },
] as const;

/**
 * nodeName, serviceAccountName and priorityClassName are object names: lower case, at most 253
 * characters of `[a-z0-9.-]` (ValidatePodSpec). Empty means unset. nodeName also skips the scheduler.
 */
export const objectNamesRule: Rule = {
  id: 'scheduling-object-names',
  appliesTo: ['environment', 'podSpec'],
  run(ctx) {
    for (const { field, code, what, example } of NAME_FIELDS) {
      const loc = child(ctx.root, field);
      const value = str(loc);
      if (!loc || !value) continue;
      const errors = isDns1123Subdomain(value);
      if (errors.length > 0) {
        ctx.report({
          code,
          message:
            `${field} "${value}" cannot be the name of ${what}: ${brief(errors)}; ` +
            `use lower-case letters, digits, "-" and ".", such as ${example}`,
          at: loc,
        });
      }
    }
    const nodeName = child(ctx.root, 'nodeName');
    const node = str(nodeName);
    if (nodeName && node) {
      ctx.report({
        code: 'node-name-set',
        message:
          `nodeName binds the pod to ${node} without the scheduler: resources, taints and affinity are not ` +
          'checked, and the pod fails if that node is missing or full; prefer nodeSelector with kubernetes.io/hostname',
        at: nodeName,
      });
    }
  },
};
