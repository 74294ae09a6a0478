import { z } from 'zod';

/** What the walker needs to know of a Zod schema: its JSON shape. */
export type Shape =
  | { readonly type: 'object'; readonly fields: ReadonlyMap<string, z.ZodType>; readonly schema: z.ZodType }
  | { readonly type: 'array'; readonly element: z.ZodType }
  | { readonly type: 'record'; readonly value: z.ZodType }
  | { readonly type: 'string' }
  | { readonly type: 'int'; readonly min?: number; readonly max?: number }
  | { readonly type: 'number' }
  | { readonly type: 'bool' }
  | { readonly type: 'enum'; readonly values: readonly string[] }
  | { readonly type: 'intOrString' }
  | { readonly type: 'unknown' };

const cache = new WeakMap<z.ZodType, Shape>();

/** Classifies a schema built with the conventions of `src/schema/` (see its README in docs/architecture.md). */
export function shapeOf(schema: z.ZodType): Shape {
  const hit = cache.get(schema);
  if (hit) return hit;
  const shape = classify(unwrap(schema));
  cache.set(schema, shape);
  return shape;
}

/** Strips `.optional()` / `.nullable()` wrappers. */
export function unwrap(schema: z.ZodType): z.ZodType {
  let cur: z.ZodType = schema;
  for (let i = 0; i < 8; i++) {
    if (cur instanceof z.ZodOptional || cur instanceof z.ZodNullable) cur = cur.unwrap() as z.ZodType;
    else break;
  }
  return cur;
}

function classify(s: z.ZodType): Shape {
  if (s instanceof z.ZodObject) {
    return {
      type: 'object',
      fields: new Map(Object.entries(s.shape as Record<string, z.ZodType>)),
      schema: s,
    };
  }
  if (s instanceof z.ZodArray) return { type: 'array', element: s.element as z.ZodType };
  if (s instanceof z.ZodRecord) return { type: 'record', value: s.valueType as z.ZodType };
  if (s instanceof z.ZodString) return { type: 'string' };
  if (s instanceof z.ZodNumber) {
    if (!s.isInt) return { type: 'number' };
    const bounds: { min?: number; max?: number } = {};
    if (s.minValue !== null && Number.isFinite(s.minValue) && s.minValue > Number.MIN_SAFE_INTEGER)
      bounds.min = s.minValue;
    if (s.maxValue !== null && Number.isFinite(s.maxValue) && s.maxValue < Number.MAX_SAFE_INTEGER)
      bounds.max = s.maxValue;
    return { type: 'int', ...bounds };
  }
  if (s instanceof z.ZodBoolean) return { type: 'bool' };
  if (s instanceof z.ZodEnum) return { type: 'enum', values: s.options.map(String) };
  if (s instanceof z.ZodUnion) {
    const kinds = (s.options as z.ZodType[]).map((o) => classify(unwrap(o)).type);
    if (kinds.includes('string') && (kinds.includes('int') || kinds.includes('number')))
      return { type: 'intOrString' };
  }
  return { type: 'unknown' };
}
