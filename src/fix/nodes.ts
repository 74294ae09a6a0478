import { isMap, isScalar, isSeq, visit, type Document, type Node, type Scalar } from 'yaml';
import type { Edit } from '../edit/edit';
import type { Splice } from '../edit/edit';
import type { Path } from '../path/path';
import { nodeAtPath } from '../yaml/nodes';
import type { FixChoice, FixContext, FixKind } from './types';

/** The node at `path` in the document and its key node (nulls when missing). */
export function nodeAt(ctx: FixContext, path: Path): { node: Node | null; keyNode: Node | null } {
  return nodeAtPath(ctx.doc, path);
}

/** True when `path` holds a value that is not null. */
export function isSetAt(ctx: FixContext, path: Path): boolean {
  const { node } = nodeAt(ctx, path);
  return node !== null && !(isScalar(node) && node.value === null);
}

/** The value at `path` as plain JS (YAML 1.2 reading), or undefined when missing. */
export function valueAt(ctx: FixContext, path: Path): unknown {
  const { node, keyNode } = nodeAt(ctx, path);
  if (!node) return keyNode ? null : undefined;
  return node.toJS(ctx.doc) as unknown;
}

/** The scalar (key or value) of a document that starts at `offset`. */
export function scalarAt(doc: Document.Parsed, offset: number): Scalar | null {
  let found: Scalar | null = null;
  visit(doc, {
    Scalar(_key, node) {
      if (node.range?.[0] === offset) {
        found = node;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

/** The path without its last segment. */
export function parentOf(path: Path): Path {
  return path.slice(0, -1);
}

/** The last segment of a path as a key, or '' when it is an index or missing. */
export function lastKey(path: Path): string {
  const seg = path[path.length - 1];
  return typeof seg === 'string' ? seg : '';
}

/** The path up to and including the list index that follows `key` (e.g. an item of imagePullSecrets). */
export function itemPath(path: Path, key: string): Path | null {
  for (let i = path.length - 2; i >= 0; i--) {
    if (path[i] === key && typeof path[i + 1] === 'number') return path.slice(0, i + 2);
  }
  return null;
}

/** True for a mapping node. */
export function isMapAt(ctx: FixContext, path: Path): boolean {
  return isMap(nodeAt(ctx, path).node);
}

/** True for a list node. */
export function isSeqAt(ctx: FixContext, path: Path): boolean {
  return isSeq(nodeAt(ctx, path).node);
}

export function edits(title: string, list: readonly Edit[], kind?: FixKind): FixChoice {
  return { title, plan: { edits: list }, ...(kind ? { kind } : {}) };
}

export function splices(title: string, list: readonly Splice[], kind?: FixKind): FixChoice {
  return { title, plan: { splices: list }, ...(kind ? { kind } : {}) };
}

/** A short form of a value for titles: strings as written, others as JSON. */
export function shown(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}
