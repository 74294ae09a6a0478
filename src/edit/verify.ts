import { isCollection, isMap, isScalar, type Document, type Node } from 'yaml';
import type { Path } from '../path/path';
import { parseSource } from '../yaml/source';
import { isNullish } from './ranges';
import { resolve } from './resolve';

/** An edit's expected effect, checked on the new text before it is returned. */
export type Expectation =
  | { readonly kind: 'value'; readonly path: Path; readonly value: unknown }
  | { readonly kind: 'entries'; readonly path: Path; readonly entries: readonly string[] };

/** The JS value at `path` in a document (undefined when the path does not exist). */
export function readAt(text: string, doc: Document.Parsed | null, path: Path): unknown {
  const found = resolve(text, doc, path);
  if (typeof found === 'string' || found.depth < path.length) return undefined;
  return found.node && doc ? (found.node.toJS(doc) as unknown) : null;
}

/**
 * A fingerprint of each entry of the collection at `path`: the key and value of a map entry,
 * the value of a list item. Null when there is no collection there.
 */
export function entriesAt(text: string, doc: Document.Parsed | null, path: Path): string[] | null {
  const found = resolve(text, doc, path);
  if (typeof found === 'string' || found.depth < path.length) return null;
  const node = found.node;
  if (isNullish(node)) return [];
  if (!doc || !isCollection(node)) return null;
  if (isMap(node)) {
    return node.items.map((p) => {
      const key = isScalar(p.key)
        ? String(p.key.value)
        : JSON.stringify((p.key as Node | null)?.toJS(doc) ?? null);
      return JSON.stringify([key, (p.value as Node | null)?.toJS(doc) ?? null]);
    });
  }
  return node.items.map((item) => JSON.stringify((item as Node | null)?.toJS(doc) ?? null));
}

/** Deep equality of plain JSON-like values (NaN equals NaN). */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === 'number' && typeof b === 'number') return Number.isNaN(a) && Number.isNaN(b);
  if (Array.isArray(a))
    return Array.isArray(b) && a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(b))
    return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  const rb = b as Record<string, unknown>;
  return (
    ka.length === kb.length &&
    ka.every((k) => Object.hasOwn(rb, k) && deepEqual((a as Record<string, unknown>)[k], rb[k]))
  );
}

/**
 * Parses the edited text and checks that the edited document has no syntax errors, that the
 * document count did not change, and that the expected effect is there. Returns an error
 * message, or null when all is well.
 */
export function verify(
  next: string,
  docIndex: number,
  docCount: number,
  expect: Expectation | null,
): string | null {
  const file = parseSource(next);
  const count = file.docs.length;
  // A single document may become empty (comments only), which parses as no document at all.
  if (count !== Math.max(docCount, 1) && !(count === 0 && docCount <= 1)) {
    return 'the edit would change how the file splits into documents';
  }
  const doc = file.docs[docIndex] ?? null;
  const err = doc?.errors[0];
  if (err) return `the edit would produce invalid YAML (${err.message.split('\n')[0] ?? ''})`;
  if (!expect) return null;
  if (expect.kind === 'value') {
    const got = readAt(next, doc, expect.path);
    return deepEqual(got, expect.value) ? null : 'the edited value would not read back as written';
  }
  const entries = entriesAt(next, doc, expect.path);
  if (
    !entries ||
    entries.length !== expect.entries.length ||
    entries.some((e, i) => e !== expect.entries[i])
  ) {
    return 'the entries would not read back in the expected order';
  }
  return null;
}
