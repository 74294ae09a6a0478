import type { z } from 'zod';

/**
 * An optional object field with its UI label and help text: `schema.optional().meta({...})`.
 * The metadata sits on the optional wrapper, so `unwrap()` still returns the shared `schema`
 * (code elsewhere compares schemas by identity).
 */
export function field<T extends z.ZodType>(schema: T, title: string, description: string): z.ZodOptional<T> {
  return schema.optional().meta({ title, description });
}

/** Attaches a UI label and help text to a schema that is not an object field (objects, record values). */
export function doc<T extends z.ZodType>(schema: T, title: string, description: string): T {
  return schema.meta({ title, description });
}
