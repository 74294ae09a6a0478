import { isMap, isScalar, isSeq, type Node, type Pair } from 'yaml';
import type { z } from 'zod';
import type { Path } from '../path/path';
import { readGenericStr, readLaxBool, readLaxInt } from '../px/coerce';
import { pxRegistry, type PxMeta } from '../schema/meta';
import type { Located } from './located';
import { describeValue, jsOf, quoted, readNode, trapOf } from './scalars';
import { shapeOf, unwrap } from './shape';
import { suggest } from './suggest';
import { checkK8sEnum } from './k8sEnum';
import { deref, keyText, located, walkObject, type K8sWalker } from './walkK8s';

/** The schema of a Polyaxon section and how its odd cases are explained. */
export interface SectionSchema {
  readonly schema: z.ZodType;
  /** What the section is called in messages: `environment`, `cleaner`. */
  readonly name: string;
}

interface Field {
  readonly name: string;
  readonly schema: z.ZodType;
  readonly meta: PxMeta;
}

function fieldsOf(schema: z.ZodType): Field[] {
  const shape = shapeOf(schema);
  if (shape.type !== 'object') return [];
  return [...shape.fields].map(([name, s]) => ({
    name,
    schema: s,
    meta: pxRegistry.get(s) ?? pxRegistry.get(unwrap(s)) ?? { reading: 'any', pyName: name },
  }));
}

/**
 * Walks a Polyaxon section (V1Environment or V1PolyaxonCleaner) as Polyaxon's model reads it:
 * each field by its reading (see `PxReading`), Kubernetes sub-objects by their top-level keys.
 */
export function walkSection(
  w: K8sWalker,
  rawNode: Node | null,
  section: SectionSchema,
  path: Path,
  keyNode: Node | null,
): Located {
  const node = deref(w, rawNode);
  const py = readNode(node, w.ctx.dialect);
  if (py.kind === 'null') return located({}, path, node, keyNode, new Map());
  if (!isMap(node)) {
    w.ctx.emit({
      code: 'not-a-mapping',
      message: `${section.name} must be a mapping of fields, not ${describeValue(py)}`,
      path,
      node,
      keyNode,
    });
    return located(null, path, node, keyNode);
  }
  const fields = fieldsOf(section.schema);
  const byAlias = new Map(fields.map((f) => [f.name, f]));
  const byPyName = new Map(fields.map((f) => [f.meta.pyName, f]));
  const entries = new Map<string, Located>();
  const value: Record<string, unknown> = {};
  const seenAs = new Map<string, string>();
  for (const pair of node.items as Pair<Node, Node>[]) {
    const key = keyText(w, pair, path);
    if (key === null) continue;
    const keyPath = [...path, key];
    let field = byAlias.get(key);
    if (!field && byPyName.has(key)) {
      field = byPyName.get(key);
      if (field && field.name !== key) {
        w.ctx.emit({
          code: 'snake-case-key',
          message: `${key} is accepted by Polyaxon, but the documented name is ${field.name}`,
          path: keyPath,
          node: pair.value,
          keyNode: pair.key,
          onKey: true,
          data: { suggestion: field.name },
        });
      }
    }
    if (!field) {
      const hint = suggest(key, [...byAlias.keys()]);
      w.ctx.emit({
        code: 'unknown-key',
        message:
          `${key} is not a field of ${section.name}, so Polyaxon rejects it` +
          (hint ? `; did you mean ${hint}?` : ''),
        path: keyPath,
        node: pair.value,
        keyNode: pair.key,
        onKey: true,
        data: hint ? { suggestion: hint } : {},
      });
      continue;
    }
    const previous = seenAs.get(field.name);
    if (previous !== undefined && previous !== key) {
      w.ctx.emit({
        code: 'duplicate-field',
        message: `${field.name} is given twice (as ${previous} and ${key}); keep one of them`,
        path: keyPath,
        node: pair.value,
        keyNode: pair.key,
        onKey: true,
      });
    }
    seenAs.set(field.name, key);
    const child = readField(w, pair, field, keyPath);
    entries.set(field.name, child);
    if (child.value !== null && child.value !== undefined) value[field.name] = child.value;
  }
  return located(value, path, node, keyNode, entries);
}

function readField(w: K8sWalker, pair: Pair<Node, Node>, field: Field, path: Path): Located {
  const node = deref(w, pair.value);
  const keyNode = pair.key;
  const py = readNode(node, w.ctx.dialect);
  if (py.kind === 'null') return located(null, path, node, keyNode);
  const shape = shapeOf(field.schema);
  const fail = (expected: string, extra = '', code = 'type-mismatch'): Located => {
    const trap = trapOf(node, w.ctx.dialect);
    const quote = isScalar(node) && expected.includes('string');
    w.ctx.emit({
      code: trap && quote ? trap.code : code,
      message:
        trap && quote
          ? `${trap.reading}, but ${field.name} must be a string; write it in quotes: ${quoted(node) ?? ''}`
          : `${field.name} must be ${expected}, not ${describeValue(py)}${extra}`,
      path,
      node,
      keyNode,
      severity: 'error',
      data: { expected, ...(quote ? { quote: true } : {}) },
    });
    return located(jsOf(py), path, node, keyNode);
  };

  switch (field.meta.reading) {
    case 'strictStr':
      if (py.kind !== 'str') {
        return fail('a string', isScalar(node) ? `; write it in quotes: ${quoted(node) ?? ''}` : '');
      }
      if (shape.type === 'enum') checkK8sEnum(w, py.value, shape.values, field.name, path, node, keyNode);
      return located(py.value, path, node, keyNode);
    case 'laxBool': {
      const r = readLaxBool(py);
      return r.ok ? located(r.value, path, node, keyNode) : fail('true or false');
    }
    case 'laxInt': {
      const r = readLaxInt(py);
      if (!r.ok) return fail('a whole number');
      if (py.kind === 'bool') {
        w.ctx.emit({
          code: 'coerced-value',
          message: `${field.name}: ${String(py.value)} is read as the number ${String(r.value)}; write a number`,
          path,
          node,
          keyNode,
        });
      }
      return located(r.value, path, node, keyNode);
    }
    case 'literal': {
      const allowed = shape.type === 'enum' ? shape.values : [];
      if (py.kind !== 'str') return fail(`one of ${allowed.join(', ')}`);
      if (!allowed.includes(py.value)) {
        const hint = suggest(py.value, allowed);
        w.ctx.emit({
          code: 'invalid-enum',
          message:
            `${field.name} must be one of ${allowed.join(', ')} (case matters), not "${py.value}"` +
            (hint ? `; did you mean ${hint}?` : ''),
          path,
          node,
          keyNode,
          data: { allowed, ...(hint ? { suggestion: hint } : {}) },
        });
      }
      return located(py.value, path, node, keyNode);
    }
    case 'genericStrMap':
    case 'strictStrMap':
      if (!isMap(node)) return fail('a mapping of strings');
      return readStringMap(w, node, field, path, keyNode, field.meta.reading === 'strictStrMap');
    case 'strList':
      if (!isSeq(node))
        return fail('a list of strings', isScalar(node) ? `; write [${String(jsOf(py))}]` : '');
      return readStringList(w, node, field, path, keyNode);
    case 'k8sObject': {
      if (shape.type !== 'object') return located(jsOf(py), path, node, keyNode);
      if (!isMap(node)) return fail('a mapping');
      if (node.items.length === 0 && field.meta.rejectsEmpty) {
        w.ctx.emit({
          code: 'empty-rejected',
          message: `Polyaxon rejects an empty ${field.name}; remove it or give at least one key`,
          path,
          node,
          keyNode,
        });
      }
      return walkObject(w, node, shape, path, keyNode, 'pxTop', 1);
    }
    case 'k8sList': {
      const element = shape.type === 'array' ? shapeOf(shape.element) : null;
      if (isMap(node)) {
        w.ctx.emit({
          code: 'not-a-list',
          message: `${field.name} must be a list; put "- " before the item to make it one`,
          path,
          node,
          keyNode,
        });
        return located(jsOf(py), path, node, keyNode);
      }
      if (!isSeq(node) || !element || element.type !== 'object') return fail('a list');
      const items = node.items.map((raw, i) => {
        const itemNode = deref(w, raw as Node);
        const itemPath = [...path, i];
        const itemPy = readNode(itemNode, w.ctx.dialect);
        if (!isMap(itemNode)) {
          w.ctx.emit({
            code: 'type-mismatch',
            message: `each item of ${field.name} must be a mapping, not ${describeValue(itemPy)}`,
            path: itemPath,
            node: itemNode,
          });
          return located(jsOf(itemPy), itemPath, itemNode, null);
        }
        return walkObject(w, itemNode, element, itemPath, null, 'pxTop', 1);
      });
      return located(
        items.map((i) => i.value),
        path,
        node,
        keyNode,
        null,
        items,
      );
    }
    case 'any':
      return located(jsOf(py), path, node, keyNode);
  }
}

function readStringMap(
  w: K8sWalker,
  node: Node,
  field: Field,
  path: Path,
  keyNode: Node | null,
  strict: boolean,
): Located {
  const entries = new Map<string, Located>();
  const value: Record<string, string> = {};
  if (!isMap(node)) return located(null, path, node, keyNode);
  for (const pair of node.items as Pair<Node, Node>[]) {
    const key = keyText(w, pair, path);
    if (key === null) continue;
    const entryPath = [...path, key];
    const valueNode = deref(w, pair.value);
    const py = readNode(valueNode, w.ctx.dialect);
    const at = { path: entryPath, node: valueNode, keyNode: pair.key } as const;
    if (py.kind === 'null') {
      w.ctx.emit({
        ...at,
        code: 'null-value',
        message: `${field.name}.${key} has no value, which Polyaxon rejects; write "" for an empty value`,
      });
      continue;
    }
    if (py.kind === 'str') {
      entries.set(key, located(py.value, entryPath, valueNode, pair.key));
      value[key] = py.value;
      continue;
    }
    const trap = trapOf(valueNode, w.ctx.dialect);
    if (strict) {
      w.ctx.emit({
        ...at,
        code: trap ? trap.code : 'type-mismatch',
        severity: 'error',
        message:
          (trap ? `${trap.reading}, but ` : `${describeValue(py)} is not a string: `) +
          `${field.name} values must be strings; write it in quotes: ${quoted(valueNode) ?? ''}`,
        data: { quote: true, expected: 'a string' },
      });
      continue;
    }
    const coerced = readGenericStr(py);
    if (!coerced.ok) {
      w.ctx.emit({ ...at, code: 'type-mismatch', message: `${field.name}.${key}: ${coerced.reason}` });
      continue;
    }
    const text = String(coerced.value);
    w.ctx.emit({
      ...at,
      code: trap ? trap.code : 'coerced-value',
      severity: 'warning',
      message:
        (trap ? `${trap.reading}, so` : `${describeValue(py)} is`) +
        ` sent as the string "${text}"; write it in quotes: ` +
        (isScalar(valueNode) ? (quoted(valueNode) ?? JSON.stringify(text)) : JSON.stringify(text)),
      data: { quote: isScalar(valueNode), coerced: text },
    });
    entries.set(key, located(text, entryPath, valueNode, pair.key));
    value[key] = text;
  }
  return located(value, path, node, keyNode, entries);
}

function readStringList(w: K8sWalker, node: Node, field: Field, path: Path, keyNode: Node | null): Located {
  if (!isSeq(node)) return located(null, path, node, keyNode);
  const items: Located[] = [];
  node.items.forEach((raw, i) => {
    const itemNode = deref(w, raw as Node);
    const itemPath = [...path, i];
    const py = readNode(itemNode, w.ctx.dialect);
    if (py.kind === 'str') {
      items.push(located(py.value, itemPath, itemNode, null));
      return;
    }
    if (isMap(itemNode)) {
      const name = itemNode.get('name');
      w.ctx.emit({
        code: 'image-pull-secret-object',
        message:
          `Polyaxon expects ${field.name} as plain names and adds the {name: ...} form itself` +
          (typeof name === 'string' ? `; write ${name}` : ''),
        path: itemPath,
        node: itemNode,
        data: typeof name === 'string' ? { suggestion: name } : {},
      });
      return;
    }
    const trap = trapOf(itemNode, w.ctx.dialect);
    w.ctx.emit({
      code: trap ? trap.code : 'type-mismatch',
      severity: 'error',
      message: `${trap ? `${trap.reading}, but ` : ''}each item of ${field.name} must be a string, not ${describeValue(py)}`,
      path: itemPath,
      node: itemNode,
      data: { quote: isScalar(itemNode), expected: 'a string' },
    });
  });
  return located(
    items.map((i) => i.value),
    path,
    node,
    keyNode,
    null,
    items,
  );
}
