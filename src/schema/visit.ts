import type { z } from 'zod';
import { arrayElement, metaOf, objectShape, recordValue, unwrapOptional } from './introspect';

/** A field of an object schema found while walking a schema tree, with its dotted location. */
export interface VisitedField {
  readonly where: string;
  readonly schema: z.ZodType;
}

/**
 * Every object schema reachable from `root` and every field of those objects, each reported once
 * per location (shared schemas are visited again under each parent, but never recursively twice).
 */
export function visitSchemas(root: z.ZodType): { objects: VisitedField[]; fields: VisitedField[] } {
  const objects: VisitedField[] = [];
  const fields: VisitedField[] = [];
  const stack = new Set<z.ZodType>();
  const visit = (schema: z.ZodType, where: string): void => {
    const inner = unwrapOptional(schema);
    if (stack.has(inner)) return;
    stack.add(inner);
    const shape = objectShape(inner);
    if (shape) {
      objects.push({ where, schema: inner });
      for (const [key, f] of Object.entries(shape)) {
        fields.push({ where: `${where}.${key}`, schema: f });
        visit(f, `${where}.${key}`);
      }
    }
    const element = arrayElement(inner);
    if (element) visit(element, `${where}[]`);
    const value = recordValue(inner);
    if (value) visit(value, `${where}{}`);
    stack.delete(inner);
  };
  visit(root, '$');
  return { objects, fields };
}

/** The locations among `items` whose schema lacks a title or a description. */
export function undocumented(items: readonly VisitedField[]): string[] {
  return items.filter((i) => !metaOf(i.schema)?.title || !metaOf(i.schema)?.description).map((i) => i.where);
}
