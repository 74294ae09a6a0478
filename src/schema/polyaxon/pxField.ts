import type { z } from 'zod';
import type { FieldDoc } from '../docs/docNode';
import { field } from '../field';
import { pxRegistry, type PxMeta } from '../meta';

/**
 * A top-level field of a Polyaxon section: an optional field with its UI label and help text,
 * registered in {@link pxRegistry} with how Polyaxon reads it.
 */
export function pxField<T extends z.ZodType>(schema: T, texts: FieldDoc, px: PxMeta): z.ZodOptional<T> {
  const f = field(schema, texts);
  pxRegistry.add(f, px);
  return f;
}
