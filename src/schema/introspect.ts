import { z } from 'zod';
import type { FieldDoc } from './docs/docNode';

/** The UI label and help text attached to a schema with `.meta({ title, description })`. */
export type { FieldDoc };

/** One step of a path inside a section: a mapping key or a list index. */
export type SchemaPathSegment = string | number;

/** What a schema built with the conventions of `src/schema/` describes. */
export type SchemaKind =
  | 'object'
  | 'array'
  | 'record'
  | 'string'
  | 'int'
  | 'number'
  | 'boolean'
  | 'enum'
  | 'intOrString'
  | 'unknown';

const MAX_WRAPPERS = 8;

/** Strips `.optional()` (and, for robustness, `.nullable()`) wrappers. */
export function unwrapOptional(schema: z.ZodType): z.ZodType {
  let cur = schema;
  for (let i = 0; i < MAX_WRAPPERS; i++) {
    if (cur instanceof z.ZodOptional || cur instanceof z.ZodNullable) cur = cur.unwrap() as z.ZodType;
    else break;
  }
  return cur;
}

/** Whether the schema is wrapped in `.optional()`. */
export function isOptional(schema: z.ZodType): boolean {
  return schema instanceof z.ZodOptional;
}

/** The fields of an object schema (through optional wrappers), or undefined. */
export function objectShape(schema: z.ZodType): Readonly<Record<string, z.ZodType>> | undefined {
  const s = unwrapOptional(schema);
  return s instanceof z.ZodObject ? (s.shape as Record<string, z.ZodType>) : undefined;
}

/** The element schema of an array schema (through optional wrappers), or undefined. */
export function arrayElement(schema: z.ZodType): z.ZodType | undefined {
  const s = unwrapOptional(schema);
  return s instanceof z.ZodArray ? (s.element as z.ZodType) : undefined;
}

/** The value schema of a record schema (through optional wrappers), or undefined. */
export function recordValue(schema: z.ZodType): z.ZodType | undefined {
  const s = unwrapOptional(schema);
  return s instanceof z.ZodRecord ? (s.valueType as z.ZodType) : undefined;
}

/** The values of an enum schema (through optional wrappers), or undefined. */
export function enumValues(schema: z.ZodType): readonly string[] | undefined {
  const s = unwrapOptional(schema);
  return s instanceof z.ZodEnum ? s.options.map(String) : undefined;
}

/** The integer bounds of a number schema, when they are narrower than JavaScript's safe integers. */
export function intBounds(schema: z.ZodType): { readonly min?: number; readonly max?: number } | undefined {
  const s = unwrapOptional(schema);
  if (!(s instanceof z.ZodNumber) || !s.isInt) return undefined;
  const min = s.minValue;
  const max = s.maxValue;
  return {
    ...(min !== null && min > Number.MIN_SAFE_INTEGER ? { min } : {}),
    ...(max !== null && max < Number.MAX_SAFE_INTEGER ? { max } : {}),
  };
}

/** Classifies a schema (through optional wrappers). */
export function kindOf(schema: z.ZodType): SchemaKind {
  const s = unwrapOptional(schema);
  if (s instanceof z.ZodObject) return 'object';
  if (s instanceof z.ZodArray) return 'array';
  if (s instanceof z.ZodRecord) return 'record';
  if (s instanceof z.ZodString) return 'string';
  if (s instanceof z.ZodNumber) return s.isInt ? 'int' : 'number';
  if (s instanceof z.ZodBoolean) return 'boolean';
  if (s instanceof z.ZodEnum) return 'enum';
  if (s instanceof z.ZodUnion) {
    const kinds = (s.options as readonly z.ZodType[]).map(kindOf);
    if (kinds.includes('string') && (kinds.includes('int') || kinds.includes('number'))) return 'intOrString';
  }
  return 'unknown';
}

function ownDoc(schema: z.ZodType): FieldDoc {
  const meta = z.globalRegistry.get(schema);
  const out: { title?: string; description?: string } = {};
  if (typeof meta?.title === 'string') out.title = meta.title;
  if (typeof meta?.description === 'string') out.description = meta.description;
  return out;
}

/**
 * The title and description of a schema. The outermost layer wins: a field's own meta (on its
 * optional wrapper) comes before the meta of the schema it wraps, which fills in what is missing.
 * Returns undefined when no layer has any.
 */
export function metaOf(schema: z.ZodType): FieldDoc | undefined {
  let title: string | undefined;
  let description: string | undefined;
  let cur = schema;
  for (let i = 0; i <= MAX_WRAPPERS; i++) {
    const own = ownDoc(cur);
    title ??= own.title;
    description ??= own.description;
    if (!(cur instanceof z.ZodOptional || cur instanceof z.ZodNullable)) break;
    cur = cur.unwrap() as z.ZodType;
  }
  if (title === undefined && description === undefined) return undefined;
  return { ...(title !== undefined ? { title } : {}), ...(description !== undefined ? { description } : {}) };
}

/**
 * One step down a schema: a key into an object's fields or a record's values, an index into an
 * array. Returns undefined when the step does not exist (unknown key, index into an object, ...).
 */
export function childSchema(schema: z.ZodType, segment: SchemaPathSegment): z.ZodType | undefined {
  if (typeof segment === 'number') return arrayElement(schema) ?? recordValue(schema);
  const shape = objectShape(schema);
  if (shape) return Object.hasOwn(shape, segment) ? shape[segment] : undefined;
  return recordValue(schema);
}

/** The schema at a path below `schema`, or undefined when the path leaves it. */
export function schemaAt(schema: z.ZodType, path: readonly SchemaPathSegment[]): z.ZodType | undefined {
  let cur: z.ZodType | undefined = schema;
  for (const segment of path) {
    if (cur === undefined) return undefined;
    cur = childSchema(cur, segment);
  }
  return cur;
}
