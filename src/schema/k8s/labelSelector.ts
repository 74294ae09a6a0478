import { z } from 'zod';
import { doc, field } from '../field';
import { stringListSchema } from './common';
import { labelSelectorDoc, labelSelectorRequirementDoc } from '../docs/labelSelector';

/** Operators of a label selector expression (no Gt/Lt, unlike node selectors). */
export const labelSelectorOperatorSchema = z.enum(['In', 'NotIn', 'Exists', 'DoesNotExist']);

/** One `matchExpressions` entry of a LabelSelector. */
export const labelSelectorRequirementSchema = doc(
  z.object({
    key: field(z.string(), labelSelectorRequirementDoc.fields.key),
    operator: field(labelSelectorOperatorSchema, labelSelectorRequirementDoc.fields.operator),
    values: field(stringListSchema, labelSelectorRequirementDoc.fields.values),
  }),
  labelSelectorRequirementDoc,
);

/** A LabelSelector (meta/v1): matchLabels and matchExpressions, all of which must hold. */
export const labelSelectorSchema = doc(
  z.object({
    matchLabels: field(
      z.record(z.string(), doc(z.string(), labelSelectorDoc.fields.matchLabels.values)),
      labelSelectorDoc.fields.matchLabels,
    ),
    matchExpressions: field(
      z.array(labelSelectorRequirementSchema),
      labelSelectorDoc.fields.matchExpressions,
    ),
  }),
  labelSelectorDoc,
);
