import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  type Document,
  type Node,
  type Pair,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';
import { formatPath, type Path } from '../path/path';
import { isNullish, keyStart } from './ranges';
import { columnOf } from './text';

/** Where a value sits: the document root, a map entry's value, or a list item. */
export type Slot =
  | { readonly kind: 'root' }
  | {
      readonly kind: 'pair';
      readonly map: YAMLMap;
      readonly index: number;
      /** Column of the key whose value is `map` (null for the root map or a map in a list). */
      readonly ownerKeyCol: number | null;
    }
  | { readonly kind: 'item'; readonly seq: YAMLSeq; readonly index: number };

/** The result of following a path as far as it goes. */
export interface Resolved {
  /** Where the deepest reached node sits. */
  readonly slot: Slot;
  /** The deepest reached node (null when the slot is empty). */
  readonly node: Node | null;
  /** How many path segments were followed (path.length when the whole path exists). */
  readonly depth: number;
}

/** True when a slot's container is a flow collection (new text there must be flow syntax). */
export function inFlow(slot: Slot): boolean {
  return slot.kind === 'pair' ? !!slot.map.flow : slot.kind === 'item' ? !!slot.seq.flow : false;
}

/** Index of the first entry whose key reads as `key` (as the checker's path lookup does). */
export function findKey(map: YAMLMap, key: string): number {
  return map.items.findIndex((p) => isScalar(p.key) && String(p.key.value) === key);
}

/**
 * Follows `path` from the document root. Stops early at an empty value or a missing key or
 * index (then `depth < path.length`); returns an error for paths through aliases or
 * scalars, or segments of the wrong kind.
 */
export function resolve(text: string, doc: Document.Parsed | null, path: Path): Resolved | string {
  let slot: Slot = { kind: 'root' };
  let node: Node | null = (doc?.contents as Node | null | undefined) ?? null;
  for (let depth = 0; depth < path.length; depth++) {
    const seg = path[depth];
    const here = formatPath(path.slice(0, depth)) || 'the document root';
    if (isAlias(node)) return `Cannot edit through the alias *${node.source} at ${here}`;
    if (isNullish(node)) return { slot, node, depth };
    if (isMap(node)) {
      if (typeof seg !== 'string') return `${here} is a map; expected a key, got index ${String(seg)}`;
      const index = findKey(node, seg);
      if (index < 0) return { slot, node, depth };
      slot = { kind: 'pair', map: node, index, ownerKeyCol: keyColOf(text, slot) };
      node = ((node.items[index] as Pair).value as Node | null) ?? null;
      continue;
    }
    if (isSeq(node)) {
      if (typeof seg !== 'number' || !Number.isInteger(seg) || seg < 0) {
        return `${here} is a list; expected an index, got ${JSON.stringify(seg)}`;
      }
      if (seg >= node.items.length) return { slot, node, depth };
      slot = { kind: 'item', seq: node, index: seg };
      node = (node.items[seg] as Node | null) ?? null;
      continue;
    }
    return `Cannot edit inside ${here}: it is a scalar, not a map or list`;
  }
  return { slot, node, depth: path.length };
}

// The column of the key of a pair slot, for measuring how its value map is indented.
function keyColOf(text: string, slot: Slot): number | null {
  if (slot.kind !== 'pair') return null;
  const pair = slot.map.items[slot.index];
  const start = pair ? keyStart(pair) : -1;
  return start >= 0 && !slot.map.flow ? columnOf(text, start) : null;
}

/**
 * Wraps `value` in the maps and lists that `rest` (the missing part of a path) names:
 * `['a', 0]` + `v` → `{a: [v]}`. A missing index other than 0 is an error (a string).
 */
export function buildNested(rest: Path, value: unknown, at: Path): { value: unknown } | string {
  let out = value;
  for (let i = rest.length - 1; i >= 0; i--) {
    const seg = rest[i];
    if (typeof seg === 'number') {
      if (seg !== 0) {
        return `Index ${seg} is out of range at ${formatPath([...at, ...rest.slice(0, i)]) || 'the document root'} (the list is empty or missing)`;
      }
      out = [out];
    } else if (seg !== undefined) {
      out = { [seg]: out };
    }
  }
  return { value: out };
}
