import { z } from 'zod';
import { doc, field } from '../field';
import { int32Schema, stringListSchema } from './common';

/** Operators of a node selector expression. */
export const nodeSelectorOperatorSchema = z.enum(['In', 'NotIn', 'Exists', 'DoesNotExist', 'Gt', 'Lt']);

/** One `matchExpressions` / `matchFields` entry of a node selector term. */
export const nodeSelectorRequirementSchema = doc(
  z.object({
    key: field(
      z.string(),
      'Key',
      'The node label to test (matchExpressions), or the node field (matchFields, where only ' +
        'metadata.name is supported).',
    ),
    operator: field(
      nodeSelectorOperatorSchema,
      'Operator',
      'In, NotIn, Exists, DoesNotExist, Gt or Lt (case-sensitive). matchFields accepts only In and NotIn.',
    ),
    values: field(
      stringListSchema,
      'Values',
      'Values to compare with: at least one for In and NotIn, none for Exists and DoesNotExist, and ' +
        'exactly one integer for Gt and Lt. matchFields needs exactly one node name.',
    ),
  }),
  'Node selector requirement',
  'A test on one node label or field: the key, an operator and the values to compare with.',
);

/** A NodeSelectorTerm: the expressions and fields it lists must all match. */
export const nodeSelectorTermSchema = doc(
  z.object({
    matchExpressions: field(
      z.array(nodeSelectorRequirementSchema),
      'Match expressions',
      'Tests on node labels; all of them must hold.',
    ),
    matchFields: field(
      z.array(nodeSelectorRequirementSchema),
      'Match fields',
      'Tests on node fields; only metadata.name with In or NotIn and a single value is supported.',
    ),
  }),
  'Node selector term',
  'A set of conditions that a node must all meet. A term with no condition matches no node.',
);

/** A NodeSelector: a list of terms, any of which may match. */
export const nodeSelectorSchema = doc(
  z.object({
    nodeSelectorTerms: field(
      z.array(nodeSelectorTermSchema),
      'Node selector terms',
      'Alternative terms: a node qualifies when it meets any one of them. Required, with at least one term.',
    ),
  }),
  'Node selector',
  'Which nodes qualify, written as alternative terms (any term may match).',
);

/** A PreferredSchedulingTerm: a weighted node preference. */
export const preferredSchedulingTermSchema = doc(
  z.object({
    weight: field(
      int32Schema,
      'Weight',
      'How much a matching node is favoured, from 1 to 100. Required. Weights of all matching terms are added up.',
    ),
    preference: field(
      nodeSelectorTermSchema,
      'Preference',
      'The node conditions this weight rewards. Required.',
    ),
  }),
  'Preferred scheduling term',
  'A soft node preference: nodes that meet the term get the weight added to their score.',
);

/** NodeAffinity: hard and soft rules on which nodes a pod may run. */
export const nodeAffinitySchema = doc(
  z.object({
    requiredDuringSchedulingIgnoredDuringExecution: field(
      nodeSelectorSchema,
      'Required node rules',
      'Nodes the pod may be scheduled on. A pod whose rules no node meets stays Pending; a running pod ' +
        'is not evicted when node labels change later.',
    ),
    preferredDuringSchedulingIgnoredDuringExecution: field(
      z.array(preferredSchedulingTermSchema),
      'Preferred node rules',
      'Weighted preferences: the scheduler favours nodes that meet them but may pick others.',
    ),
  }),
  'Node affinity',
  'Constrains or steers the nodes the pod is scheduled on, based on node labels.',
);
