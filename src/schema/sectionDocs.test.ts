import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { toSnakeCase } from '../px/snakeCase';
import { cleanerDoc } from './docs/cleaner';
import { childDoc, type DocNode, type DocPathSegment } from './docs/docNode';
import { environmentDoc } from './docs/environment';
import { CLEANER_FIELD_NAMES, ENVIRONMENT_FIELD_NAMES, KUBERNETES_OBJECT_FIELDS } from './fieldNames';
import { arrayElement, metaOf, objectShape, recordValue, schemaAt, unwrapOptional } from './introspect';
import { sectionSchema } from './jsonSchema';
import { pxRegistry } from './meta';
import { fieldDoc } from './sectionDocs';

const KINDS = ['environment', 'cleaner'] as const;
const DOCS = { environment: environmentDoc, cleaner: cleanerDoc } as const;
const MAX_DEPTH = 12;

/** Every path into a Zod schema: object keys, index 0 for lists, a sample key for records. */
function schemaPaths(schema: z.ZodType, prefix: DocPathSegment[] = []): DocPathSegment[][] {
  if (prefix.length > MAX_DEPTH) return [];
  const inner = unwrapOptional(schema);
  const out: DocPathSegment[][] = [prefix];
  for (const [key, f] of Object.entries(objectShape(inner) ?? {}))
    out.push(...schemaPaths(f, [...prefix, key]));
  const element = arrayElement(inner);
  if (element) out.push(...schemaPaths(element, [...prefix, 0]));
  const value = recordValue(inner);
  if (value) out.push(...schemaPaths(value, [...prefix, 'example.com/any-key']));
  return out;
}

/** Every path into a doc tree, the same way. */
function docPaths(node: DocNode, prefix: DocPathSegment[] = []): DocPathSegment[][] {
  if (prefix.length > MAX_DEPTH) return [];
  const out: DocPathSegment[][] = [prefix];
  for (const step of [...Object.keys(fieldsOf(node)), 0, 'example.com/any-key']) {
    const child = childDoc(node, step);
    if (child) out.push(...docPaths(child, [...prefix, step]));
  }
  return out;
}

function fieldsOf(node: DocNode): Readonly<Record<string, DocNode>> {
  for (let cur: DocNode | undefined = node; cur; cur = cur.of) if (cur.fields) return cur.fields;
  return {};
}

/** What the schemas themselves say at a path (their `.meta()`), as `fieldDoc` did with Zod. */
function fromSchema(kind: (typeof KINDS)[number], path: readonly DocPathSegment[]) {
  const target = schemaAt(sectionSchema(kind), path);
  return target === undefined ? undefined : (metaOf(target) ?? {});
}

describe.each(KINDS)('the %s doc tree', (kind) => {
  it('has the texts of the Zod schema at every path of it', () => {
    const paths = schemaPaths(sectionSchema(kind));
    expect(paths.length).toBeGreaterThan(kind === 'environment' ? 150 : 60);
    for (const path of paths) expect(fieldDoc(kind, path), path.join('.')).toEqual(fromSchema(kind, path));
  });
  it('has no path the Zod schema lacks', () => {
    for (const path of docPaths(DOCS[kind])) expect(fromSchema(kind, path), path.join('.')).toBeDefined();
  });
  it('leaves the schema where it does', () => {
    for (const path of [
      ['nope'],
      ['tolerations', 'key'],
      ['tolerations', 0, 'nope'],
      [0],
      ['labels', 'a', 'b'],
    ])
      expect(fieldDoc(kind, path), path.join('.')).toEqual(fromSchema(kind, path));
  });
  it('reads a first key written with the Python name, as the schemas register it', () => {
    for (const name of kind === 'environment' ? ENVIRONMENT_FIELD_NAMES : CLEANER_FIELD_NAMES) {
      const f = (objectShape(sectionSchema(kind)) ?? {})[name];
      const pyName = f && pxRegistry.get(f)?.pyName;
      expect(pyName, name).toBe(toSnakeCase(name));
      expect(fieldDoc(kind, [pyName ?? ''])).toEqual(fieldDoc(kind, [name]));
    }
  });
});

describe('field names', () => {
  it('are the fields of the schemas, in order', () => {
    expect(ENVIRONMENT_FIELD_NAMES).toEqual(Object.keys(objectShape(sectionSchema('environment')) ?? {}));
    expect(CLEANER_FIELD_NAMES).toEqual(Object.keys(objectShape(sectionSchema('cleaner')) ?? {}));
    expect(ENVIRONMENT_FIELD_NAMES).toContain('hostPID');
  });

  it('name as Kubernetes objects the fields Polyaxon builds Kubernetes models from', () => {
    const k8s = (['environment', 'cleaner'] as const).flatMap((kind) =>
      Object.entries(objectShape(sectionSchema(kind)) ?? {})
        .filter(([, f]) => ['k8sObject', 'k8sList'].includes(pxRegistry.get(f)?.reading ?? ''))
        .map(([name]) => name),
    );
    expect([...KUBERNETES_OBJECT_FIELDS].sort()).toEqual([...new Set(k8s)].sort());
  });
});

describe('fieldDoc', () => {
  it('gives a field its own text, and the text of its type below it', () => {
    expect(fieldDoc('environment', ['securityContext'])?.title).toBe('Security context');
    expect(fieldDoc('environment', ['securityContext', 'capabilities', 'drop'])?.title).toBe('Drop');
    expect(fieldDoc('environment', ['tolerations', 3])).toMatchObject({ title: 'Toleration' });
    expect(fieldDoc('environment', ['host_network'])).toMatchObject({ title: 'Host network' });
    expect(fieldDoc('cleaner', ['resources', 'limits', 'memory'])).toMatchObject({ title: 'Quantity' });
  });
});
