import { child, entriesOf } from '../../judge/located';
import type { Rule } from '../../judge/rule';
import { checkLabelMap } from './labelMap';

/** Node labels Kubernetes deprecated, with their replacements (pkg/api/node: deprecatedNodeLabels). */
export const DEPRECATED_NODE_LABELS: Readonly<Record<string, { replacement: string; since: string }>> = {
  'beta.kubernetes.io/arch': { replacement: 'kubernetes.io/arch', since: '1.14' },
  'beta.kubernetes.io/os': { replacement: 'kubernetes.io/os', since: '1.14' },
  'failure-domain.beta.kubernetes.io/region': { replacement: 'topology.kubernetes.io/region', since: '1.17' },
  'failure-domain.beta.kubernetes.io/zone': { replacement: 'topology.kubernetes.io/zone', since: '1.17' },
  'beta.kubernetes.io/instance-type': { replacement: 'node.kubernetes.io/instance-type', since: '1.17' },
};

/** nodeSelector follows the label rules; deprecated node label keys get the API's warning. */
export const nodeSelectorRule: Rule = {
  id: 'metadata-node-selector',
  appliesTo: ['environment', 'cleaner', 'podSpec'],
  run(ctx) {
    const selector = child(ctx.root, 'nodeSelector');
    checkLabelMap(ctx, selector, {
      keyCode: 'node-selector-key-invalid',
      valueCode: 'node-selector-value-invalid',
      field: 'nodeSelector',
    });
    for (const [key, entry] of entriesOf(selector)) {
      const deprecated = DEPRECATED_NODE_LABELS[key];
      if (!deprecated) continue;
      ctx.report({
        code: 'deprecated-node-label',
        message:
          `the node label ${key} is deprecated since Kubernetes ${deprecated.since} and newer nodes may not ` +
          `carry it; select on ${deprecated.replacement} instead`,
        at: entry,
        onKey: true,
        data: { suggestion: deprecated.replacement },
      });
    }
  },
};
