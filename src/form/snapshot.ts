import { isMap, type Node } from 'yaml';
import type { Path } from '../path/path';
import { nodeAtPath } from '../yaml/nodes';
import { parseSource, positionAt } from '../yaml/source';
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
  | { readonly status: 'not-a-map'; readonly message: string; readonly at: Position };

const ALIAS_LIMIT = 1000;

/** Reads the section the form edits. Never throws. */
export function readSnapshot(text: string, target: FormTarget): FormSnapshot {
  const file = parseSource(text);
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
    return { status: 'syntax', message: firstLine(error.message), at };
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
    return { status: 'not-a-map', message: e instanceof Error ? e.message : String(e), at };
  }
}

function isEmptyScalar(node: Node): boolean {
  return 'value' in node && (node as { value: unknown }).value === null;
}

function parentHas(root: Node | null, path: Path): boolean {
  return root !== null && path.length > 0 && isMap(root) && root.has(path[0]);
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
