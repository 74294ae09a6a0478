import { z } from 'zod';
import { doc, field } from '../field';
import { int64Schema } from './common';
import { tolerationDoc } from '../docs/toleration';

/** Toleration operators (Lt/Gt exist only behind an alpha feature gate and are left out). */
export const tolerationOperatorSchema = z.enum(['Equal', 'Exists']);

/** Taint effects a toleration can name. */
export const taintEffectSchema = z.enum(['NoSchedule', 'PreferNoSchedule', 'NoExecute']);

/** A Toleration: lets the pod run on nodes with a matching taint. */
export const tolerationSchema = doc(
  z.object({
    key: field(z.string(), tolerationDoc.fields.key),
    operator: field(tolerationOperatorSchema, tolerationDoc.fields.operator),
    value: field(z.string(), tolerationDoc.fields.value),
    effect: field(taintEffectSchema, tolerationDoc.fields.effect),
    tolerationSeconds: field(int64Schema, tolerationDoc.fields.tolerationSeconds),
  }),
  tolerationDoc,
);
