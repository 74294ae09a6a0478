import { isCollection, isMap, isScalar, isSeq, type Document, type Node } from 'yaml';
import { formatPath, type Path } from '../path/path';
import { parseCached } from '../yaml/sourceCache';
import { parseSource } from '../yaml/source';
import { isNullish } from './ranges';
import type { Splice } from './context';
import { resolve } from './resolve';
import { hasAnchors, sliceOf, type Scope } from './scope';
import { columnOf } from './text';

/** An edit's expected effect, checked on the new text before it is returned. */
export type Expectation =
  | { readonly kind: 'value'; readonly path: Path; readonly value: unknown }
  | { readonly kind: 'entries'; readonly path: Path; readonly entries: readonly string[] }
  /** `value` now at `path`, and nothing left at `from`. */
  | { readonly kind: 'moved'; readonly path: Path; readonly from: Path; readonly value: unknown };

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

/** The part of the original text an edit changed (see `scope.ts`), the text and the edit's splices. */
export interface ScopedCheck {
  readonly scope: Scope;
  readonly text: string;
  readonly splices: readonly Splice[];
}

/**
 * Checks that the edited document has no syntax errors, that the document count did not
 * change, and that the expected effect is there. Returns an error message, or null when all
 * is well. With `scoped`, only the changed collection's lines are parsed first; when they do
 * not show the edit to be sound (or cannot be read alone), the whole text is parsed, so
 * every refusal and its message come from the whole text.
 */
export function verify(
  next: string,
  docIndex: number,
  docCount: number,
  expect: Expectation | null,
  scoped?: ScopedCheck | null,
): string | null {
  if (scoped && verifyInScope(scoped, expect)) return null;
  // Cached: the check reads this text next, and need not parse it again.
  const file = parseCached(next);
  const count = file.docs.length;
  // A single document may become empty (comments only), which parses as no document at all.
  if (count !== Math.max(docCount, 1) && !(count === 0 && docCount <= 1)) {
    return 'the edit would change how the file splits into documents';
  }
  const doc = file.docs[docIndex] ?? null;
  const err = doc?.errors[0];
  if (err) return `the edit would produce invalid YAML (${err.message.split('\n')[0] ?? ''})`;
  return expect ? unmet(next, doc, expect, 0) : null;
}

/**
 * True when the scope's lines of the new text, parsed alone, are one block collection of
 * the same kind at the same column, without syntax errors, anchors or aliases, and show
 * the expected effect. False means "not shown here", not "wrong".
 */
export function verifyInScope({ scope, text, splices }: ScopedCheck, expect: Expectation | null): boolean {
  const slice = sliceOf(text, splices, scope);
  if (slice === null) return false;
  const file = parseSource(slice);
  const doc = file.docs[0];
  if (!doc || file.docs.length !== 1 || doc.errors.length > 0) return false;
  const root = doc.contents;
  if (!(scope.kind === 'map' ? isMap(root) : isSeq(root)) || !isCollection(root) || root.flow) return false;
  const start = root.range?.[0];
  if (start === undefined || columnOf(slice, start) !== scope.col || hasAnchors(root)) return false;
  return !expect || unmet(slice, doc, expect, scope.depth) === null;
}

// Why the expected effect is not in `doc` (a parse of `text`, holding the expectation's paths
// from segment `depth` on), or null when it is.
function unmet(text: string, doc: Document.Parsed | null, expect: Expectation, depth: number): string | null {
  const path = expect.path.slice(depth);
  if (expect.kind === 'moved') {
    const from = expect.from.slice(depth);
    if (expect.from.slice(0, depth).some((seg, i) => seg !== expect.path[i]))
      return 'the moved entry is outside the part read';
    if (readAt(text, doc, from) !== undefined) return `${formatPath(expect.from)} would still be there`;
    const got = readAt(text, doc, path);
    return deepEqual(got, expect.value) ? null : 'the moved value would not read back as it was';
  }
  if (expect.kind === 'value') {
    const got = readAt(text, doc, path);
    return deepEqual(got, expect.value) ? null : 'the edited value would not read back as written';
  }
  const entries = entriesAt(text, doc, path);
  if (
    !entries ||
    entries.length !== expect.entries.length ||
    entries.some((e, i) => e !== expect.entries[i])
  ) {
    return 'the entries would not read back in the expected order';
  }
  return null;
}
