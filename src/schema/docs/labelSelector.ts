// Help texts of the schemas in src/schema/k8s/labelSelector.ts, as plain data (see docNode.ts):
// the schemas take their titles and descriptions from these nodes; the form reads them without Zod.
import type { DocNode } from './docNode';

export const labelSelectorRequirementDoc = {
  title: 'Label selector requirement',
  description: 'A test on one label: the key, an operator and, for In and NotIn, the values to compare with.',
  fields: {
    key: {
      title: 'Label key',
      description:
        'The label the expression tests. Required; a qualified name such as app or example.com/tier.',
    },
    operator: {
      title: 'Operator',
      description:
        'How the label is compared with the values: In, NotIn, Exists or DoesNotExist (case-sensitive). ' +
        'Gt and Lt exist only in node selectors.',
    },
    values: {
      title: 'Values',
      description:
        'Label values to compare with. In and NotIn need at least one; Exists and DoesNotExist must have none.',
      items: {},
    },
  },
} satisfies DocNode;

export const labelSelectorDoc = {
  title: 'Label selector',
  description:
    'Selects objects by their labels; every condition must hold. An empty selector ({}) matches ' +
    'everything, while a missing one matches nothing.',
  fields: {
    matchLabels: {
      title: 'Match labels',
      description:
        'Labels that must be present with exactly these values. Each entry is the same as an In ' +
        'expression with a single value.',
      values: { title: 'Label value', description: 'The value the label must have exactly.' },
    },
    matchExpressions: {
      title: 'Match expressions',
      description: 'Label tests that must all hold, in addition to matchLabels.',
      items: labelSelectorRequirementDoc,
    },
  },
} satisfies DocNode;
