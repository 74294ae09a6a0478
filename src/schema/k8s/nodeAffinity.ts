import { z } from 'zod';
import { doc, field } from '../field';
import { int32Schema, stringListSchema } from './common';
import {
  nodeAffinityDoc,
  nodeSelectorDoc,
  nodeSelectorRequirementDoc,
  nodeSelectorTermDoc,
  preferredSchedulingTermDoc,
} from '../docs/nodeAffinity';

/** Operators of a node selector expression. */
export const nodeSelectorOperatorSchema = z.enum(['In', 'NotIn', 'Exists', 'DoesNotExist', 'Gt', 'Lt']);

/** One `matchExpressions` / `matchFields` entry of a node selector term. */
export const nodeSelectorRequirementSchema = doc(
  z.object({
    key: field(z.string(), nodeSelectorRequirementDoc.fields.key),
    operator: field(nodeSelectorOperatorSchema, nodeSelectorRequirementDoc.fields.operator),
    values: field(stringListSchema, nodeSelectorRequirementDoc.fields.values),
  }),
  nodeSelectorRequirementDoc,
);

/** A NodeSelectorTerm: the expressions and fields it lists must all match. */
export const nodeSelectorTermSchema = doc(
  z.object({
    matchExpressions: field(
      z.array(nodeSelectorRequirementSchema),
      nodeSelectorTermDoc.fields.matchExpressions,
    ),
    matchFields: field(z.array(nodeSelectorRequirementSchema), nodeSelectorTermDoc.fields.matchFields),
  }),
  nodeSelectorTermDoc,
);

/** A NodeSelector: a list of terms, any of which may match. */
export const nodeSelectorSchema = doc(
  z.object({
    nodeSelectorTerms: field(z.array(nodeSelectorTermSchema), nodeSelectorDoc.fields.nodeSelectorTerms),
  }),
  nodeSelectorDoc,
);

/** A PreferredSchedulingTerm: a weighted node preference. */
export const preferredSchedulingTermSchema = doc(
  z.object({
    weight: field(int32Schema, preferredSchedulingTermDoc.fields.weight),
    preference: field(nodeSelectorTermSchema, preferredSchedulingTermDoc.fields.preference),
  }),
  preferredSchedulingTermDoc,
);

/** NodeAffinity: hard and soft rules on which nodes a pod may run. */
export const nodeAffinitySchema = doc(
  z.object({
    requiredDuringSchedulingIgnoredDuringExecution: field(
      nodeSelectorSchema,
      nodeAffinityDoc.fields.requiredDuringSchedulingIgnoredDuringExecution,
    ),
    preferredDuringSchedulingIgnoredDuringExecution: field(
      z.array(preferredSchedulingTermSchema),
      nodeAffinityDoc.fields.preferredDuringSchedulingIgnoredDuringExecution,
    ),
  }),
  nodeAffinityDoc,
);
