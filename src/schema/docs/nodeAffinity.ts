// Help texts of the schemas in src/schema/k8s/nodeAffinity.ts, as plain data (see docNode.ts):
// the schemas take their titles and descriptions from these nodes; the form reads them without Zod.
import type { DocNode } from './docNode';

export const nodeSelectorRequirementDoc = {
  title: 'Node selector requirement',
  description: 'A test on one node label or field: the key, an operator and the values to compare with.',
  fields: {
    key: {
      title: 'Key',
      description:
        'The node label to test (matchExpressions), or the node field (matchFields, where only ' +
        'metadata.name is supported).',
    },
    operator: {
      title: 'Operator',
      description:
        'In, NotIn, Exists, DoesNotExist, Gt or Lt (case-sensitive). matchFields accepts only In and NotIn.',
    },
    values: {
      title: 'Values',
      description:
        'Values to compare with: at least one for In and NotIn, none for Exists and DoesNotExist, and ' +
        'exactly one integer for Gt and Lt. matchFields needs exactly one node name.',
      items: {},
    },
  },
} satisfies DocNode;

export const nodeSelectorTermDoc = {
  title: 'Node selector term',
  description: 'A set of conditions that a node must all meet. A term with no condition matches no node.',
  fields: {
    matchExpressions: {
      title: 'Match expressions',
      description: 'Tests on node labels; all of them must hold.',
      items: nodeSelectorRequirementDoc,
    },
    matchFields: {
      title: 'Match fields',
      description:
        'Tests on node fields; only metadata.name with In or NotIn and a single value is supported.',
      items: nodeSelectorRequirementDoc,
    },
  },
} satisfies DocNode;

export const nodeSelectorDoc = {
  title: 'Node selector',
  description: 'Which nodes qualify, written as alternative terms (any term may match).',
  fields: {
    nodeSelectorTerms: {
      title: 'Node selector terms',
      description:
        'Alternative terms: a node qualifies when it meets any one of them. Required, with at least one term.',
      items: nodeSelectorTermDoc,
    },
  },
} satisfies DocNode;

export const preferredSchedulingTermDoc = {
  title: 'Preferred scheduling term',
  description: 'A soft node preference: nodes that meet the term get the weight added to their score.',
  fields: {
    weight: {
      title: 'Weight',
      description:
        'How much a matching node is favoured, from 1 to 100. Required. Weights of all matching terms are added up.',
    },
    preference: {
      title: 'Preference',
      description: 'The node conditions this weight rewards. Required.',
      of: nodeSelectorTermDoc,
    },
  },
} satisfies DocNode;

export const nodeAffinityDoc = {
  title: 'Node affinity',
  description: 'Constrains or steers the nodes the pod is scheduled on, based on node labels.',
  fields: {
    requiredDuringSchedulingIgnoredDuringExecution: {
      title: 'Required node rules',
      description:
        'Nodes the pod may be scheduled on. A pod whose rules no node meets stays Pending; a running pod ' +
        'is not evicted when node labels change later.',
      of: nodeSelectorDoc,
    },
    preferredDuringSchedulingIgnoredDuringExecution: {
      title: 'Preferred node rules',
      description: 'Weighted preferences: the scheduler favours nodes that meet them but may pick others.',
      items: preferredSchedulingTermDoc,
    },
  },
} satisfies DocNode;
