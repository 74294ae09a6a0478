import { z } from 'zod';
import { doc, field } from '../field';
import { stringListSchema } from './common';

/** Operators of a label selector expression (no Gt/Lt, unlike node selectors). */
export const labelSelectorOperatorSchema = z.enum(['In', 'NotIn', 'Exists', 'DoesNotExist']);

/** One `matchExpressions` entry of a LabelSelector. */
export const labelSelectorRequirementSchema = doc(
  z.object({
    key: field(
      z.string(),
      'Label key',
      'The label the expression tests. Required; a qualified name such as app or example.com/tier.',
    ),
    operator: field(
      labelSelectorOperatorSchema,
      'Operator',
      'How the label is compared with the values: In, NotIn, Exists or DoesNotExist (case-sensitive). ' +
        'Gt and Lt exist only in node selectors.',
    ),
    values: field(
      stringListSchema,
      'Values',
      'Label values to compare with. In and NotIn need at least one; Exists and DoesNotExist must have none.',
    ),
  }),
  'Label selector requirement',
  'A test on one label: the key, an operator and, for In and NotIn, the values to compare with.',
);

/** A LabelSelector (meta/v1): matchLabels and matchExpressions, all of which must hold. */
export const labelSelectorSchema = doc(
  z.object({
    matchLabels: field(
      z.record(z.string(), doc(z.string(), 'Label value', 'The value the label must have exactly.')),
      'Match labels',
      'Labels that must be present with exactly these values. Each entry is the same as an In ' +
        'expression with a single value.',
    ),
    matchExpressions: field(
      z.array(labelSelectorRequirementSchema),
      'Match expressions',
      'Label tests that must all hold, in addition to matchLabels.',
    ),
  }),
  'Label selector',
  'Selects objects by their labels; every condition must hold. An empty selector ({}) matches ' +
    'everything, while a missing one matches nothing.',
);
