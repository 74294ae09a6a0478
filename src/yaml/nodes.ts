import { isMap, isScalar, isSeq, type Document, type Node } from 'yaml';
import type { Path } from '../path/path';

/** The node at a path and the key node of its entry (null for the root or a list item). */
export function nodeAtPath(doc: Document.Parsed, path: Path): { node: Node | null; keyNode: Node | null } {
  let node: Node | null = (doc.contents as Node | null) ?? null;
  let keyNode: Node | null = null;
  for (const seg of path) {
    if (typeof seg === 'number') {
      if (!isSeq(node)) return { node: null, keyNode: null };
      node = (node.items[seg] as Node | undefined) ?? null;
      keyNode = null;
      continue;
    }
    if (!isMap(node)) return { node: null, keyNode: null };
    const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === seg);
    if (!pair) return { node: null, keyNode: null };
    keyNode = (pair.key as Node | null) ?? null;
    node = (pair.value as Node | null) ?? null;
  }
  return { node, keyNode };
}
