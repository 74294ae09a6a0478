import { isAlias, isMap, isScalar, isSeq, type Node, type Pair } from 'yaml';
import type { z } from 'zod';
import type { Path } from '../path/path';
import { toSnakeCase } from '../px/snakeCase';
import type { Located } from './located';
import { describeValue, jsOf, quoted, readNode, trapOf } from './scalars';
import { shapeOf, type Shape } from './shape';
import { suggest } from './suggest';
import { isTemplate } from './template';
import { enumAcceptsEmpty } from './emptyEnum';
import { enumHint } from './enumHint';
import type { WalkContext } from './walkContext';

/**
 * How strictly keys are judged:
 * - `pxTop`: the top level of a Kubernetes model built by Polyaxon: keys are snake-cased and must
 *   be fields (an unknown key is a Polyaxon error).
 * - `nested`: below that level, sent as written: unknown keys are pruned by the CRD schema.
 * - `strict`: a Kubernetes manifest, where kubectl's strict field validation rejects unknown fields.
 */
export type KeyMode = 'pxTop' | 'nested' | 'strict';

/** Explains an unknown top-level key that belongs to a related type (e.g. fsGroup: pod-level only). */
export type UnknownKeyExplainer = (key: string, shape: Shape) => { code: string; message: string } | null;

export interface K8sWalker {
  readonly ctx: WalkContext;
  readonly explainUnknown?: UnknownKeyExplainer;
  /** Top-level keys of the object that are accepted without being judged (PodSpec's other fields). */
  readonly ignoredKeys?: ReadonlySet<string>;
}

const MAX_DEPTH = 64;

export function located(
  value: unknown,
  path: Path,
  node: Node | null,
  keyNode: Node | null,
  entries: ReadonlyMap<string, Located> | null = null,
  items: readonly Located[] | null = null,
): Located {
  return { value, path, node, keyNode, entries, items };
}

/** Follows aliases to the node they stand for. */
export function deref(w: K8sWalker, node: Node | null | undefined): Node | null {
  let cur: Node | null = node ?? null;
  for (let i = 0; i < 16 && cur && isAlias(cur); i++) {
    cur = (cur.resolve(w.ctx.doc) as Node | undefined) ?? null;
  }
  return cur;
}

/** Walks a value against a Kubernetes schema below a model's top level. */
export function walkValue(
  w: K8sWalker,
  rawNode: Node | null | undefined,
  schema: z.ZodType,
  path: Path,
  keyNode: Node | null,
  mode: 'nested' | 'strict',
  depth = 0,
): Located {
  const node = deref(w, rawNode);
  const shape = shapeOf(schema);
  const py = readNode(node, w.ctx.dialect);
  if (py.kind === 'null' || depth > MAX_DEPTH) return located(null, path, node, keyNode);
  if (py.kind === 'str' && w.ctx.dialect === 'pyyaml' && isTemplate(py.value)) {
    return located(py.value, path, node, keyNode);
  }
  const source = w.ctx.dialect === 'goyaml2' || mode === 'nested' ? 'kubernetes' : 'polyaxon';
  const mismatch = (expected: string, extra = ''): Located => {
    const trap = trapOf(node, w.ctx.dialect);
    if (trap && (expected.includes('string') || expected.includes('quantity'))) {
      w.ctx.emit({
        code: trap.code,
        message: `${trap.reading}, but ${expected} is expected here; write it in quotes: ${quoted(node) ?? ''}`,
        path,
        node,
        keyNode,
        severity: 'error',
        source,
        data: { quote: true },
      });
    } else {
      w.ctx.emit({
        code: 'type-mismatch',
        message: `${subject(path)} must be ${expected}, not ${describeValue(py)}${extra}`,
        path,
        node,
        keyNode,
        source,
        data: { expected, ...(isScalar(node) && expected.includes('string') ? { quote: true } : {}) },
      });
    }
    return located(jsOf(py), path, node, keyNode);
  };

  switch (shape.type) {
    case 'object':
      if (!isMap(node)) return mismatch('a mapping');
      return walkObject(w, node, shape, path, keyNode, mode, depth);
    case 'array': {
      if (!isSeq(node)) return mismatch('a list');
      const items = node.items.map((item, i) =>
        walkValue(w, item as Node, shape.element, [...path, i], null, mode, depth + 1),
      );
      return located(
        items.map((i) => i.value),
        path,
        node,
        keyNode,
        null,
        items,
      );
    }
    case 'record': {
      if (!isMap(node)) return mismatch('a mapping');
      const entries = new Map<string, Located>();
      const value: Record<string, unknown> = {};
      for (const pair of node.items as Pair<Node, Node>[]) {
        const key = keyText(w, pair, path);
        if (key === null) continue;
        const child = walkValue(w, pair.value, shape.value, [...path, key], pair.key, mode, depth + 1);
        entries.set(key, child);
        value[key] = child.value;
      }
      return located(value, path, node, keyNode, entries);
    }
    case 'string':
      return py.kind === 'str' ? located(py.value, path, node, keyNode) : mismatch('a string');
    case 'int':
      if (py.kind === 'int' || (py.kind === 'float' && Number.isInteger(py.value))) {
        return located(Number(jsOf(py)), path, node, keyNode);
      }
      return mismatch('an integer', py.kind === 'str' ? `; write it without quotes: ${py.value}` : '');
    case 'number':
      return py.kind === 'int' || py.kind === 'float'
        ? located(jsOf(py), path, node, keyNode)
        : mismatch('a number');
    case 'bool':
      return py.kind === 'bool' ? located(py.value, path, node, keyNode) : mismatch('true or false');
    case 'enum': {
      if (py.kind !== 'str') return mismatch(`a string (one of ${shape.values.join(', ')})`);
      if (!shape.values.includes(py.value) && !(py.value === '' && enumAcceptsEmpty(shape.values))) {
        const hint = suggest(py.value, shape.values);
        const gated = enumHint(shape.values, py.value);
        w.ctx.emit({
          code: 'invalid-enum',
          message:
            `${last(path)} must be one of ${shape.values.join(', ')} (case matters), not "${py.value}"` +
            (hint ? `; did you mean ${hint}?` : '') +
            (gated ? `; ${gated}` : ''),
          path,
          node,
          keyNode,
          source,
          data: { allowed: shape.values, ...(hint ? { suggestion: hint } : {}) },
        });
      }
      return located(py.value, path, node, keyNode);
    }
    case 'intOrString':
      if (py.kind === 'str' || py.kind === 'int') return located(jsOf(py), path, node, keyNode);
      if (py.kind === 'float' && Number.isInteger(py.value)) return located(py.value, path, node, keyNode);
      if (py.kind === 'float') {
        return mismatch(
          'a string or a whole number',
          `: a number with a fraction is sent as JSON ${String(py.value)}, which this field rejects; ` +
            `write it in quotes: ${quoted(node) ?? `"${String(py.value)}"`}`,
        );
      }
      return mismatch('a string or a whole number');
    case 'unknown':
      return located(jsOf(py), path, node, keyNode);
  }
}

/** Walks a mapping against an object schema; see {@link KeyMode} for how keys are judged. */
export function walkObject(
  w: K8sWalker,
  node: Node,
  shape: Extract<Shape, { type: 'object' }>,
  path: Path,
  keyNode: Node | null,
  mode: KeyMode,
  depth = 0,
): Located {
  const entries = new Map<string, Located>();
  const value: Record<string, unknown> = {};
  if (!isMap(node)) return located(null, path, node, keyNode);
  const names = [...shape.fields.keys()];
  const bySnake = new Map(names.map((n) => [toSnakeCase(n), n]));
  for (const pair of node.items as Pair<Node, Node>[]) {
    const key = keyText(w, pair, path);
    if (key === null) continue;
    const keyPath = [...path, key];
    let name: string | undefined = shape.fields.has(key) ? key : undefined;
    if (!name && depth === 0 && w.ignoredKeys?.has(key)) continue;
    if (!name) name = judgeUnknownKey(w, key, shape, names, bySnake, keyPath, pair, mode);
    if (!name) {
      if (mode === 'nested') value[key] = jsOf(readNode(deref(w, pair.value), w.ctx.dialect));
      continue;
    }
    const fieldSchema = shape.fields.get(name);
    if (!fieldSchema) continue;
    const childMode = mode === 'strict' ? 'strict' : 'nested';
    const child = walkValue(w, pair.value, fieldSchema, keyPath, pair.key, childMode, depth + 1);
    entries.set(name, child);
    if (child.value !== null && child.value !== undefined) value[name] = child.value;
  }
  return located(value, path, node, keyNode, entries);
}

/** Reports a key the object does not have; returns the field it stands for when Polyaxon maps it. */
function judgeUnknownKey(
  w: K8sWalker,
  key: string,
  shape: Extract<Shape, { type: 'object' }>,
  names: readonly string[],
  bySnake: ReadonlyMap<string, string>,
  path: Path,
  pair: Pair<Node, Node>,
  mode: KeyMode,
): string | undefined {
  const at = { path, node: pair.value, keyNode: pair.key, onKey: true } as const;
  if (mode === 'pxTop') {
    const mapped = bySnake.get(toSnakeCase(key));
    if (mapped) {
      w.ctx.emit({
        ...at,
        code: 'snake-case-key',
        message: `${key} is accepted by Polyaxon, but the documented name is ${mapped}`,
        data: { suggestion: mapped },
      });
      return mapped;
    }
    const special = w.explainUnknown?.(key, shape);
    if (special) {
      w.ctx.emit({ ...at, code: special.code, message: special.message });
      return undefined;
    }
    const hint = suggest(key, names);
    w.ctx.emit({
      ...at,
      code: 'unknown-key',
      message:
        `${key} is not a field here, so Polyaxon rejects the section` +
        (hint ? `; did you mean ${hint}?` : ''),
      data: hint ? { suggestion: hint } : {},
    });
    return undefined;
  }
  const snakeMatch = bySnake.get(key) ?? bySnake.get(toSnakeCase(key));
  const hint = snakeMatch ?? suggest(key, names);
  if (mode === 'nested' && snakeMatch && snakeMatch !== key) {
    w.ctx.emit({
      ...at,
      code: 'nested-snake-case',
      message:
        `${key} is sent to Kubernetes as written and dropped there (only the first level is renamed by ` +
        `Polyaxon), so its value is lost; write ${snakeMatch}`,
      data: { suggestion: snakeMatch },
    });
    return undefined;
  }
  w.ctx.emit({
    ...at,
    code: mode === 'nested' ? 'pruned-key' : 'unknown-field',
    message:
      mode === 'nested'
        ? `${key} is not a Kubernetes field here; it is silently dropped` +
          (hint ? `; did you mean ${hint}?` : '')
        : `${key} is not a field of this Kubernetes type` + (hint ? `; did you mean ${hint}?` : ''),
    data: hint ? { suggestion: hint } : {},
  });
  return undefined;
}

/** The text of a mapping key, or null (after reporting) when the key is not a string. */
export function keyText(w: K8sWalker, pair: Pair<Node, Node>, path: Path): string | null {
  const keyNode = deref(w, pair.key);
  const py = readNode(keyNode, w.ctx.dialect);
  if (py.kind === 'str') return py.value;
  const trap = trapOf(keyNode, w.ctx.dialect);
  const shown = isScalar(keyNode) && typeof keyNode.source === 'string' ? keyNode.source : describeValue(py);
  w.ctx.emit({
    code: trap ? trap.code : 'key-not-string',
    message: trap
      ? `${trap.reading}, and a key must be a string; write it in quotes: ${quoted(keyNode) ?? ''}`
      : `the key ${shown} is ${describeValue(py)}, but keys must be strings; write it in quotes`,
    path: [...path, shown],
    node: pair.value,
    keyNode,
    onKey: true,
    severity: 'error',
    data: { quote: true },
  });
  return null;
}

/** What a value at `path` is called in a message: its key, or "each item of <list>". */
function subject(path: Path): string {
  return typeof path[path.length - 1] === 'number' ? `each item of ${last(path)}` : last(path);
}

function last(path: Path): string {
  for (let i = path.length - 1; i >= 0; i--) {
    const seg = path[i];
    if (typeof seg === 'string') return seg;
  }
  return 'the value';
}
