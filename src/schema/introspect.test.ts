import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  arrayElement,
  childSchema,
  enumValues,
  intBounds,
  isOptional,
  kindOf,
  metaOf,
  objectShape,
  recordValue,
  schemaAt,
  unwrapOptional,
} from './introspect';

const leaf = z.enum(['A', 'B']);
const item = z
  .object({ e: leaf.optional().meta({ title: 'E', description: 'an enum' }) })
  .meta({ title: 'Item' });
const root = z.object({
  list: z.array(item).optional().meta({ title: 'List', description: 'some items' }),
  map: z.record(z.string(), z.string().meta({ description: 'a value' })).optional(),
  n: z.number().int().min(-5).max(5).optional(),
  q: z.union([z.string(), z.number()]).optional(),
  bare: z.string().optional(),
});

describe('unwrapOptional', () => {
  it('strips optional and nullable layers', () => {
    expect(unwrapOptional(leaf.optional())).toBe(leaf);
    expect(unwrapOptional(leaf.nullable().optional())).toBe(leaf);
    expect(unwrapOptional(leaf)).toBe(leaf);
  });
  it('tells optional fields apart', () => {
    expect(isOptional(leaf.optional())).toBe(true);
    expect(isOptional(leaf)).toBe(false);
  });
});

describe('shape accessors', () => {
  it('reads object fields, array elements, record values and enum values', () => {
    expect(Object.keys(objectShape(root.optional()) ?? {})).toEqual(['list', 'map', 'n', 'q', 'bare']);
    expect(arrayElement(root.shape.list)).toBe(item);
    expect(recordValue(root.shape.map)).toBeInstanceOf(z.ZodString);
    expect(enumValues(item.shape.e)).toEqual(['A', 'B']);
  });
  it('answers undefined for the wrong kind', () => {
    expect(objectShape(leaf)).toBeUndefined();
    expect(arrayElement(root)).toBeUndefined();
    expect(recordValue(root.shape.list)).toBeUndefined();
    expect(enumValues(root.shape.bare)).toBeUndefined();
  });
  it('reads integer bounds but hides the safe-integer defaults', () => {
    expect(intBounds(root.shape.n)).toEqual({ min: -5, max: 5 });
    expect(intBounds(z.number().int())).toEqual({});
    expect(intBounds(z.number())).toBeUndefined();
  });
  it('classifies schemas', () => {
    expect(kindOf(root)).toBe('object');
    expect(kindOf(root.shape.list)).toBe('array');
    expect(kindOf(root.shape.map)).toBe('record');
    expect(kindOf(root.shape.n)).toBe('int');
    expect(kindOf(z.number())).toBe('number');
    expect(kindOf(root.shape.q)).toBe('intOrString');
    expect(kindOf(z.boolean())).toBe('boolean');
    expect(kindOf(leaf)).toBe('enum');
    expect(kindOf(z.unknown())).toBe('unknown');
    expect(kindOf(z.union([z.string(), z.boolean()]))).toBe('unknown');
  });
});

describe('metaOf', () => {
  it("prefers the field's own meta and fills in from the wrapped schema", () => {
    const wrapped = item.optional().meta({ description: 'field text' });
    expect(metaOf(wrapped)).toEqual({ title: 'Item', description: 'field text' });
    expect(metaOf(root.shape.list)).toEqual({ title: 'List', description: 'some items' });
  });
  it('is undefined without any meta', () => {
    expect(metaOf(root.shape.bare)).toBeUndefined();
  });
});

describe('schemaAt', () => {
  it('steps through arrays by index and records by any key', () => {
    expect(schemaAt(root, ['list', 3, 'e'])).toBe(item.shape.e);
    expect(metaOf(schemaAt(root, ['map', 'whatever']) ?? z.never())).toEqual({ description: 'a value' });
    expect(schemaAt(root, [])).toBe(root);
  });
  it('is undefined when the path leaves the schema', () => {
    expect(schemaAt(root, ['nope'])).toBeUndefined();
    expect(schemaAt(root, ['list', 'e'])).toBeUndefined();
    expect(schemaAt(root, ['bare', 0])).toBeUndefined();
    expect(childSchema(root, 'toString')).toBeUndefined();
  });
});
