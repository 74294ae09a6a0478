// Help texts of the schemas in src/schema/k8s/common.ts, as plain data (see docNode.ts):
// the schemas take their titles and descriptions from these nodes; the form reads them without Zod.
import type { DocNode } from './docNode';

export const quantityDoc = {
  title: 'Quantity',
  description:
    'An amount of a resource: a number with an optional suffix, such as 500m (half a CPU), 2, 64Mi or ' +
    '1Gi. Suffixes are case-sensitive (m is milli, M is mega, Mi is mebi); quote fractional values.',
} satisfies DocNode;

export const localObjectReferenceDoc = {
  title: 'Object reference',
  description: 'Points to another object of the same namespace by its name.',
  fields: {
    name: {
      title: 'Name',
      description: 'Name of the referenced object in the same namespace. An empty name refers to nothing.',
    },
  },
} satisfies DocNode;
