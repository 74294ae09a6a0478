import { isMap, type Node } from 'yaml';
import type { Path } from '../path/path';
import { MAX_TEXT_LENGTH, megabytes } from '../yaml/limits';
import { nodeAtPath } from '../yaml/nodes';
import { parseCached } from '../yaml/sourceCache';
import { positionAt } from '../yaml/source';
import type { Position } from '../issues/issue';

/** Where the form reads and writes: one section of one document of the file. */
export interface FormTarget {
  readonly doc: number;
  readonly path: Path;
}

/**
 * What the form shows of a section: its value as written (keys as the user spelled them, YAML
 * 1.2 scalars), or why it cannot be shown. A form built on an `unreadable` snapshot keeps the last
 * readable one and stays read-only until the text parses again.
 */
export type FormSnapshot =
  | { readonly status: 'ok'; readonly value: Readonly<Record<string, unknown>>; readonly exists: boolean }
  | { readonly status: 'syntax'; readonly message: string; readonly at: Position }
  | { readonly status: 'not-a-map'; readonly message: string; readonly at: Position }
  | { readonly status: 'too-large'; readonly message: string; readonly at: Position };

const ALIAS_LIMIT = 1000;

/** Reads the section the form edits. Never throws. */
export function readSnapshot(text: string, target: FormTarget): FormSnapshot {
  // Reading a text the checker refuses would block the page for seconds, and its form could
  // hold more rows than a page can show.
  if (text.length > MAX_TEXT_LENGTH) {
    return {
      status: 'too-large',
      message: `the text is ${megabytes(text.length)}, more than the ${megabytes(MAX_TEXT_LENGTH)} the form reads`,
      at: { line: 1, col: 1, offset: 0 },
    };
  }
  const file = parseCached(text);
  const doc = file.docs[target.doc];
  if (!doc) {
    if (target.doc === 0 || file.docs.length === 0) return { status: 'ok', value: {}, exists: false };
    return {
      status: 'not-a-map',
      message: `The file has no document ${target.doc + 1}`,
      at: positionAt(file, 0),
    };
  }
  const error = doc.errors[0];
  if (error) {
    const at = positionAt(file, error.pos[0]);
    return { status: 'syntax', message: readable(firstLine(error.message)), at };
  }
  const { node } = nodeAtPath(doc, target.path);
  if (node === null || isEmptyScalar(node)) {
    return { status: 'ok', value: {}, exists: parentHas(doc.contents as Node | null, target.path) };
  }
  if (!isMap(node)) {
    const at = positionAt(file, node.range?.[0] ?? 0);
    return { status: 'not-a-map', message: 'This section is not a mapping, so the form cannot show it', at };
  }
  try {
    const value = node.toJS(doc, { maxAliasCount: ALIAS_LIMIT }) as unknown;
    const record = value !== null && typeof value === 'object' && !Array.isArray(value) ? value : {};
    return { status: 'ok', value: record as Record<string, unknown>, exists: true };
  } catch (e) {
    const at = positionAt(file, node.range?.[0] ?? 0);
    return { status: 'not-a-map', message: readable(e instanceof Error ? e.message : String(e)), at };
  }
}

function isEmptyScalar(node: Node): boolean {
  return 'value' in node && (node as { value: unknown }).value === null;
}

function parentHas(root: Node | null, path: Path): boolean {
  return root !== null && path.length > 0 && isMap(root) && root.has(path[0]);
}

/** The reader's own words for nesting and alias limits, said the way a user can act on them. */
function readable(message: string): string {
  if (/call stack|too much recursion/i.test(message))
    return 'the YAML nests too deeply for the form to read; flatten the nesting';
  if (/alias/i.test(message) && /excessive|count|limit/i.test(message))
    return 'aliases expand this section to too many values for the form to read; write the values out';
  return message;
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
