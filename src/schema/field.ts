import type { z } from 'zod';
import type { FieldDoc } from './docs/docNode';

/**
 * An optional object field with its UI label and help text (from its node in `docs/`):
 * `schema.optional().meta({...})`. The metadata sits on the optional wrapper, so `unwrap()` still
 * returns the shared `schema` (code elsewhere compares schemas by identity).
 */
export function field<T extends z.ZodType>(schema: T, texts: FieldDoc): z.ZodOptional<T> {
  return schema.optional().meta(textsOnly(texts));
}

/** Attaches a UI label and help text to a schema that is not an object field (objects, record values). */
export function doc<T extends z.ZodType>(schema: T, texts: FieldDoc): T {
  return schema.meta(textsOnly(texts));
}

/** Only the texts: a doc node also holds the nodes below it, which are not metadata. */
function textsOnly({ title, description }: FieldDoc): { title?: string; description?: string } {
  return { ...(title !== undefined ? { title } : {}), ...(description !== undefined ? { description } : {}) };
}
