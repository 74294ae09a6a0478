import { isAlias, isDocument, isMap, isNode, isPair, isScalar, isSeq, visit } from 'yaml';
import type { Alias, Node, Scalar } from 'yaml';
import { dedupeEntries } from '../px/pyDict';
import { pyStr } from '../px/pyText';
import { resolvePlainGo, resolveTaggedGo } from './goyaml';
import { constructPyTagged, py11Tag, type Py11Tag } from './py11';

export { pyTypeName } from '../px/pyText';

/** A scalar as Python (PyYAML) or Go (go-yaml v2) holds it after loading. */
export type PyScalar =
  | { kind: 'null' }
  | { kind: 'bool'; value: boolean }
  | { kind: 'int'; value: bigint }
  | { kind: 'float'; value: number }
  | { kind: 'str'; value: string }
  /** A PyYAML `datetime.date` / `datetime.datetime`; `text` is the YAML text it was read from. */
  | { kind: 'timestamp'; text: string };

/** A loaded value. Map entries follow dict semantics: merge keys applied, one entry per key. */
export type PyValue =
  PyScalar | { kind: 'list'; items: PyValue[] } | { kind: 'map'; entries: [PyValue, PyValue][] };

/** Which loader reads the file: PyYAML `safe_load` (Polyaxon) or go-yaml v2 (kubectl). */
export type YamlDialect = 'pyyaml' | 'goyaml2';

/** Something that makes the real loader raise, found while converting. */
export interface PyLoadProblem {
  readonly node: unknown;
  readonly message: string;
}

/** Options of `pyFromNode`. */
export interface PyReadOptions {
  /** The node's document, to resolve aliases whose anchor lies outside the node. */
  readonly doc?: unknown;
  /** Told about what would make the loader raise (bad merge value, `0b_`, unhashable key…). */
  readonly onProblem?: (problem: PyLoadProblem) => void;
  /** Cap on converted nodes, counting every alias expansion (default 100 000). */
  readonly maxNodes?: number;
}

/** How many nodes a value may expand to (aliases included) before reading gives up. */
export const DEFAULT_MAX_NODES = 100_000;
const YAML_TAG_PREFIX = 'tag:yaml.org,2002:';

// Plain data, no closures: this runs for every node the checker reads.
interface Ctx {
  readonly dialect: YamlDialect;
  /** Where anchors are looked up; the index is built on the first alias met (most values have none). */
  readonly root: object | null;
  readonly active: Set<Node>;
  left: number;
  readonly onProblem: ((problem: PyLoadProblem) => void) | undefined;
}

function aliasesOf(ctx: Ctx): ReadonlyMap<Alias, Node | null> {
  return ctx.root ? aliasIndex(ctx.root) : NO_ALIASES;
}

function problem(ctx: Ctx, node: unknown, message: string): void {
  ctx.onProblem?.({ node, message });
}

const NO_ALIASES: ReadonlyMap<Alias, Node | null> = new Map();
const indexCache = new WeakMap<object, ReadonlyMap<Alias, Node | null>>();

/** For each alias under `root`, the node holding the last anchor of that name before it. */
export function aliasIndex(root: object): ReadonlyMap<Alias, Node | null> {
  const cached = indexCache.get(root);
  if (cached) return cached;
  const out = new Map<Alias, Node | null>();
  const last = new Map<string, Node>();
  visit(root as Node, {
    Node: (_key, node) => {
      if (isAlias(node)) out.set(node, last.get(node.source) ?? null);
      else if (node.anchor) last.set(node.anchor, node);
    },
  });
  indexCache.set(root, out);
  return out;
}

/**
 * The value PyYAML `safe_load` (`pyyaml`) or go-yaml v2 into `interface{}` (`goyaml2`) builds
 * from an eemeli-yaml node parsed with any schema. Plain scalars are re-read from their source
 * text with the dialect's resolver; quoted and block scalars are strings; `!!str`, `!!int`,
 * `!!float`, `!!bool`, `!!null`, `!!timestamp` tags are honoured; aliases are expanded (pass
 * `doc` for anchors outside `node`); `<<` merge keys are applied. A recursive alias, an unknown
 * alias or work beyond `maxNodes` gives null there. Never throws.
 */
export function pyFromNode(node: unknown, dialect: YamlDialect, options: PyReadOptions = {}): PyValue {
  const root = isDocument(options.doc) || isNode(options.doc) ? options.doc : isNode(node) ? node : null;
  const ctx: Ctx = {
    dialect,
    root,
    active: new Set(),
    left: options.maxNodes ?? DEFAULT_MAX_NODES,
    onProblem: options.onProblem,
  };
  return convert(node, ctx);
}

function convert(node: unknown, ctx: Ctx, isKey = false): PyValue {
  if (node === null || node === undefined) return { kind: 'null' };
  ctx.left -= 1;
  if (ctx.left === -1) problem(ctx, node, 'too much to expand (aliases); the rest is read as null');
  if (ctx.left < 0) return { kind: 'null' };
  if (isAlias(node)) {
    const target = aliasesOf(ctx).get(node) ?? null;
    if (!target) {
      problem(ctx, node, `unknown alias *${node.source}`);
      return { kind: 'null' };
    }
    if (ctx.active.has(target)) {
      problem(ctx, node, `alias *${node.source} refers to a node that contains it`);
      return { kind: 'null' };
    }
    return convert(target, ctx, isKey);
  }
  if (isScalar(node)) return scalar(node, ctx, isKey);
  if (isMap(node) || isSeq(node)) {
    ctx.active.add(node);
    try {
      return isMap(node) ? mapping(node.items, ctx) : sequence(node.items, ctx);
    } finally {
      ctx.active.delete(node);
    }
  }
  if (isPair(node)) return mapping([node], ctx);
  return { kind: 'null' };
}

function sequence(items: readonly unknown[], ctx: Ctx): PyValue {
  return {
    kind: 'list',
    items: items.map((item) => (isPair(item) ? mapping([item], ctx) : convert(item, ctx))),
  };
}

function shortTag(tag: string | undefined): string | undefined {
  return tag?.startsWith(YAML_TAG_PREFIX) ? tag.slice(YAML_TAG_PREFIX.length) : tag;
}

function fromJs(value: unknown): PyScalar {
  if (value === null || value === undefined) return { kind: 'null' };
  if (typeof value === 'boolean') return { kind: 'bool', value };
  if (typeof value === 'bigint') return { kind: 'int', value };
  if (typeof value === 'number') {
    return Number.isSafeInteger(value) ? { kind: 'int', value: BigInt(value) } : { kind: 'float', value };
  }
  return { kind: 'str', value: String(value) };
}

const PY_TAGS: ReadonlySet<string> = new Set([
  'bool',
  'float',
  'int',
  'null',
  'timestamp',
  'str',
  'binary',
  'merge',
  'value',
]);

function scalar(node: Scalar, ctx: Ctx, isKey: boolean): PyScalar {
  if (typeof node.source !== 'string') return fromJs(node.value);
  const text = node.source;
  const tag = shortTag(node.tag);
  const plain = node.type === 'PLAIN' || node.type === undefined;
  const str: PyScalar = { kind: 'str', value: text };
  if (ctx.dialect === 'goyaml2') {
    if (tag === undefined) return plain ? resolvePlainGo(text) : str;
    const r = resolveTaggedGo(tag, text);
    if (!r.ok) problem(ctx, node, r.error);
    return r.ok ? r.value : str;
  }
  // PyYAML resolves a scalar tagged with the non-specific `!` as if it were plain, even quoted.
  let pyTag: string;
  if (tag === undefined || tag === '!') {
    if (!plain && tag === undefined) return str;
    pyTag = py11Tag(text);
  } else {
    pyTag = tag;
  }
  // flatten_mapping turns a `=` key into a plain string.
  if (isKey && pyTag === 'value') return str;
  if (!PY_TAGS.has(pyTag)) {
    problem(ctx, node, `PyYAML's SafeLoader has no constructor for the tag ${node.tag ?? ''}`);
    return str;
  }
  const r = constructPyTagged(pyTag as Py11Tag | 'binary', text);
  if (!r.ok) problem(ctx, node, r.error);
  return r.ok ? r.value : str;
}

type Entry = [PyValue, PyValue];

/** PyYAML: any key tagged `!!merge` or resolved to it; go-yaml v2: a `<<` key, plain or `!!merge`. */
function isMergeKey(key: unknown, dialect: YamlDialect): boolean {
  if (!isScalar(key)) return false;
  const tag = shortTag(key.tag);
  if (tag === 'merge' && (dialect === 'pyyaml' || key.source === '<<')) return true;
  const plain = key.type === 'PLAIN' || key.type === undefined;
  if (key.source !== '<<') return false;
  return dialect === 'pyyaml' ? (plain && tag === undefined) || tag === '!' : plain && tag === undefined;
}

function deref(node: unknown, ctx: Ctx): unknown {
  return isAlias(node) ? (aliasesOf(ctx).get(node) ?? null) : node;
}

/** The entries a `<<` value merges in, earlier sources winning; null when the loader raises. */
function mergeEntries(value: unknown, ctx: Ctx): Entry[] | null {
  const target = deref(value, ctx);
  if (isMap(target)) {
    const merged = convert(value, ctx);
    return merged.kind === 'map' ? merged.entries : [];
  }
  if (isSeq(target)) {
    const groups: Entry[][] = [];
    for (const item of target.items) {
      if (!isMap(deref(item, ctx))) return null;
      const merged = convert(item, ctx);
      if (merged.kind === 'map') groups.push(merged.entries);
    }
    return groups.reverse().flat();
  }
  return null;
}

function mapping(pairs: readonly unknown[], ctx: Ctx): PyValue {
  const merged: Entry[] = [];
  const own: Entry[] = [];
  for (const pair of pairs) {
    if (!isPair(pair)) continue;
    if (isMergeKey(pair.key, ctx.dialect)) {
      const entries = mergeEntries(pair.value, ctx);
      if (entries === null)
        problem(ctx, pair.value ?? pair.key, 'expected a mapping or list of mappings for merging');
      // PyYAML puts merged keys before the mapping's own keys; go-yaml v2 merges in place.
      else (ctx.dialect === 'pyyaml' ? merged : own).push(...entries);
      continue;
    }
    const key = convert(pair.key, ctx, true);
    if (key.kind === 'list' || key.kind === 'map')
      problem(ctx, pair.key, 'a list or mapping cannot be a mapping key');
    own.push([key, convert(pair.value, ctx)]);
  }
  return { kind: 'map', entries: dedupeEntries([...merged, ...own], ctx.dialect) };
}

/** A Python int as a JS value: a number when it is a safe integer, otherwise its decimal text. */
export function pyIntToJs(value: bigint): number | string {
  const n = Number(value);
  return Number.isSafeInteger(n) ? n : value.toString();
}

/**
 * A plain JS value for a loaded value (JSON-like): int → number, or its decimal text beyond
 * Number.MAX_SAFE_INTEGER (so no digit is lost); float → number (NaN and ±Infinity kept);
 * timestamp → its YAML text; map → object whose keys are Python `str()` of the keys
 * (`True`, `None`, `1.5`), later duplicates winning.
 */
export function pyToJs(v: PyValue): unknown {
  switch (v.kind) {
    case 'null':
      return null;
    case 'bool':
    case 'float':
    case 'str':
      return v.value;
    case 'int':
      return pyIntToJs(v.value);
    case 'timestamp':
      return v.text;
    case 'list':
      return v.items.map(pyToJs);
    case 'map': {
      const out: Record<string, unknown> = {};
      for (const [key, value] of v.entries) {
        // defineProperty so that a `__proto__` key is an ordinary key.
        Object.defineProperty(out, pyStr(key), {
          value: pyToJs(value),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return out;
    }
  }
}
