import type { Path } from '../path/path';
import { nodeAtPath } from '../yaml/nodes';
import { parseCached } from '../yaml/sourceCache';

/** True when document `doc` of `text` parses cleanly and holds `expected` at `path`. */
export function holdsAt(text: string, doc: number, path: Path, expected: unknown): boolean {
  const parsed = parseCached(text).docs[doc];
  if (!parsed || parsed.errors.length > 0) return false;
  const { node, keyNode } = nodeAtPath(parsed, path);
  if (!node) return keyNode !== null && expected === null;
  return JSON.stringify(node.toJS(parsed)) === JSON.stringify(expected);
}
