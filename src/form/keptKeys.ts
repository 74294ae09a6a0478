import type { Path } from '../path/path';
import { toSnakeCase } from '../px/snakeCase';
import { cleanerDoc } from '../schema/docs/cleaner';
import type { DocNode } from '../schema/docs/docNode';
import { environmentDoc } from '../schema/docs/environment';
import { resourceRequirementsDoc } from '../schema/docs/resources';
import { depthBelow, keyIn, readsSnakeCase, type View } from './view';

/**
 * Why the form has no control for a key:
 * - `unknown`: no field of the schema at that place has this name or spelling;
 * - `spelling`: another spelling of field `field` than the one the form shows (PascalCase, or
 *   snake_case next to the camelCase name);
 * - `no-control`: a field of the schema the form has no control for.
 */
export type KeptKeyReason = 'unknown' | 'spelling' | 'no-control';

/** A key the form cannot show: it stays in the YAML as written and is listed where it sits. */
export interface KeptKey {
  /** The key's path from the document root, keys as written (`environment.tolerations[0].foo`). */
  readonly path: Path;
  readonly key: string;
  readonly value: unknown;
  readonly reason: KeptKeyReason;
  /** The documented field this key is a spelling of, when it is one. */
  readonly field?: string;
}

/** The two sections the form edits. */
export type FormSectionKind = 'environment' | 'cleaner';

const SECTIONS: Readonly<Record<FormSectionKind, DocNode>> = {
  environment: environmentDoc,
  cleaner: cleanerDoc,
};

/**
 * The form's own list: fields of the schemas it has no control for. Everything else the schemas
 * describe has a control (a field of a row, a group, a table), so this is the only hand-written part.
 */
const NO_FORM_CONTROL: ReadonlySet<DocNode> = new Set<DocNode>([resourceRequirementsDoc.fields.claims]);

/** How deep the schemas go; a bound so a malformed tree can never loop. */
const MAX_DEPTH = 32;

/** The structural layer of a node: the first one (through `of`) with fields, items or values. */
function shapeOf(node: DocNode): DocNode | undefined {
  let cur: DocNode | undefined = node;
  for (let i = 0; cur && i < MAX_DEPTH; i++, cur = cur.of) {
    if (cur.fields || cur.items || cur.values) return cur;
  }
  return undefined;
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Every key of a section that the form has no control for, at every level, in document order:
 * keys the section's schema does not have at that place, spellings the form does not read, and
 * the few schema fields the form leaves to the YAML. The shapes come from the schema tree in
 * `src/schema/docs/` (the plain-data mirror of the Zod schemas, checked against them by
 * sectionDocs.test.ts), so the form gets them without loading Zod. A key is read the way the
 * form's `field()` reads it: the documented name, or its snake_case spelling when only that one
 * is written. Below a kept key nothing is listed (the whole key is kept), nor inside values that
 * do not have the shape the schema expects (the form says so with its own notes). Never throws.
 */
export function keptKeys(kind: FormSectionKind, section: View): KeptKey[] {
  const out: KeptKey[] = [];
  walk(SECTIONS[kind], section.value, section.path, out, 0, section.k8sDepth);
  return out;
}

// `k8s`: how deep inside a Kubernetes object the value is, as `View.k8sDepth`.
function walk(
  node: DocNode,
  value: unknown,
  path: Path,
  out: KeptKey[],
  depth: number,
  k8s: number | undefined,
): void {
  const shape = shapeOf(node);
  if (!shape || depth > MAX_DEPTH) return;
  const { fields, items, values } = shape;
  if (fields) {
    if (isRecord(value)) walkFields(fields, value, path, out, depth, k8s);
  } else if (items) {
    if (Array.isArray(value))
      value.forEach((item: unknown, i) =>
        walk(items, item, [...path, i], out, depth + 1, depthBelow(k8s, i)),
      );
  } else if (values && isRecord(value)) {
    for (const [key, v] of Object.entries(value))
      walk(values, v, [...path, key], out, depth + 1, depthBelow(k8s, key));
  }
}

function walkFields(
  fields: Readonly<Record<string, DocNode>>,
  value: Readonly<Record<string, unknown>>,
  path: Path,
  out: KeptKey[],
  depth: number,
  k8s: number | undefined,
): void {
  // The key the form reads for each field, as `field()` picks it.
  const snake = readsSnakeCase(k8s);
  const shown = new Map<string, string>();
  for (const name of Object.keys(fields)) shown.set(keyIn(value, name, snake), name);
  for (const [key, v] of Object.entries(value)) {
    const name = shown.get(key);
    const keyPath = [...path, key];
    if (name === undefined) {
      const of = spellingOf(fields, key);
      out.push({
        path: keyPath,
        key,
        value: v,
        ...(of === undefined ? { reason: 'unknown' } : { reason: 'spelling', field: of }),
      });
      continue;
    }
    const child = fields[name];
    if (child === undefined) continue;
    if (NO_FORM_CONTROL.has(child)) {
      out.push({ path: keyPath, key, value: v, reason: 'no-control', field: name });
      continue;
    }
    walk(child, v, keyPath, out, depth + 1, depthBelow(k8s, name));
  }
}

/** The field a key spells another way (as Polyaxon's snake-casing of first-level keys maps it). */
function spellingOf(fields: Readonly<Record<string, DocNode>>, key: string): string | undefined {
  const snake = toSnakeCase(key);
  return Object.keys(fields).find((name) => name === key || toSnakeCase(name) === snake);
}
