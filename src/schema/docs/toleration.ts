// Help texts of the schemas in src/schema/k8s/toleration.ts, as plain data (see docNode.ts):
// the schemas take their titles and descriptions from these nodes; the form reads them without Zod.
import type { DocNode } from './docNode';

export const tolerationDoc = {
  title: 'Toleration',
  description:
    'Allows the pod to be scheduled on, or keep running on, nodes whose taints match. It does not ' +
    'attract the pod to those nodes.',
  fields: {
    key: {
      title: 'Key',
      description:
        'The taint key to tolerate, a qualified name such as nvidia.com/gpu. Leave it empty (with operator ' +
        'Exists) to tolerate every taint.',
    },
    operator: {
      title: 'Operator',
      description:
        'Equal (the default) matches the taint value; Exists matches any value and must have no value. Case-sensitive.',
    },
    value: {
      title: 'Value',
      description:
        'The taint value to match with operator Equal; a valid label value. Must be empty with Exists.',
    },
    effect: {
      title: 'Effect',
      description:
        'The taint effect to match: NoSchedule, PreferNoSchedule or NoExecute. Leave empty to match all effects.',
    },
    tolerationSeconds: {
      title: 'Toleration seconds',
      description:
        'How long the pod keeps running after a matching NoExecute taint appears before it is evicted. ' +
        'Only allowed with effect NoExecute; zero or less evicts at once, and no value means forever.',
    },
  },
} satisfies DocNode;
