import { z } from 'zod';
import { doc, field } from '../field';
import { int64Schema } from './common';

/** Toleration operators (Lt/Gt exist only behind an alpha feature gate and are left out). */
export const tolerationOperatorSchema = z.enum(['Equal', 'Exists']);

/** Taint effects a toleration can name. */
export const taintEffectSchema = z.enum(['NoSchedule', 'PreferNoSchedule', 'NoExecute']);

/** A Toleration: lets the pod run on nodes with a matching taint. */
export const tolerationSchema = doc(
  z.object({
    key: field(
      z.string(),
      'Key',
      'The taint key to tolerate, a qualified name such as nvidia.com/gpu. Leave it empty (with operator ' +
        'Exists) to tolerate every taint.',
    ),
    operator: field(
      tolerationOperatorSchema,
      'Operator',
      'Equal (the default) matches the taint value; Exists matches any value and must have no value. Case-sensitive.',
    ),
    value: field(
      z.string(),
      'Value',
      'The taint value to match with operator Equal; a valid label value. Must be empty with Exists.',
    ),
    effect: field(
      taintEffectSchema,
      'Effect',
      'The taint effect to match: NoSchedule, PreferNoSchedule or NoExecute. Leave empty to match all effects.',
    ),
    tolerationSeconds: field(
      int64Schema,
      'Toleration seconds',
      'How long the pod keeps running after a matching NoExecute taint appears before it is evicted. ' +
        'Only allowed with effect NoExecute; zero or less evicts at once, and no value means forever.',
    ),
  }),
  'Toleration',
  'Allows the pod to be scheduled on, or keep running on, nodes whose taints match. It does not ' +
    'attract the pod to those nodes.',
);
