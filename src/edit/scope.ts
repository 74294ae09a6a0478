import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type YAMLMap, type YAMLSeq } from 'yaml';
import type { Path } from '../path/path';
import { applySplices } from './compose';
import type { Splice } from './context';
import { contentEnd } from './ranges';
import { findKey } from './resolve';
import { lineEnd, lineStart, nextLineStart } from './text';

/**
 * The lines of one block map or list of the original document that hold every change of an
 * edit: after the edit, these lines alone (read as a document of their own) parse as that
 * collection does in the whole text, so verifying an edit needs only them.
 *
 * Why that holds: the text before `from` and after the lines is unchanged, so the reader is
 * in the same state when it reaches them and reads the rest the same way, provided that
 * - the collection is in block style, starts its first line at `col` (after spaces, or after
 *   the `- ` of list items, which the slice reads as spaces: same columns, same structure),
 * - every line of the new slice is blank or indented at least `col` (so nothing in it can
 *   close the collection or belong to a parent), and it ends with a line break; the first
 *   line after it, unchanged, is indented at most `col` (so it cannot continue anything in
 *   the slice, e.g. a `|` scalar),
 * - no anchor or alias is in the collection before or after (they reach across the text),
 * - the document has no directives (`%YAML 1.1` changes how scalars read).
 * The slice is checked when parsed (`sliceOf`, `verifyInScope`); anything else falls back to
 * parsing the whole text.
 */
export interface Scope {
  /** Offset of the first line of the collection (in the original and the new text alike). */
  readonly from: number;
  /** End of its lines in the original text (after its last line's terminator and blank lines). */
  readonly to: number;
  /** Characters at the start of the first line read as spaces (`- ` before a compact map). */
  readonly blank: number;
  /** Column of the collection's entries. */
  readonly col: number;
  readonly kind: 'map' | 'seq';
  /** How many segments of the path lead to the collection. */
  readonly depth: number;
}

interface Candidate {
  readonly node: YAMLMap | YAMLSeq;
  readonly depth: number;
}

/**
 * The smallest block collection on `path` (from the root of `doc` in `text`) whose lines hold
 * all `splices` (sorted) and satisfy the conditions above; null when there is none, or when
 * it would cover most of the text anyway.
 */
export function scopeFor(
  text: string,
  doc: Document.Parsed | null,
  splices: readonly Splice[],
  path: Path,
): Scope | null {
  if (!doc || splices.length === 0 || !plainDirectives(doc)) return null;
  const first = splices[0] as Splice;
  const last = splices[splices.length - 1] as Splice;
  const candidates = collectionsOn(doc, path);
  for (let i = candidates.length - 1; i >= 0; i--) {
    const { node, depth } = candidates[i] as Candidate;
    const start = node.range?.[0];
    if (start === undefined) continue;
    const from = lineStart(text, start);
    const lead = text.slice(from, start);
    if (!/^ *(?:- +)*$/.test(lead)) continue;
    const blank = lead.includes('-') ? lead.length : 0;
    const to = skipBlankLines(text, nextLineStart(text, lineEnd(text, contentEnd(text, node))));
    if (first.from < from + blank || last.to > to) continue;
    if (2 * (to - from) > text.length) return null;
    if (!followerBelow(text, to, start - from)) continue;
    if (hasAnchors(node)) return null;
    return { from, to, blank, col: start - from, kind: isMap(node) ? 'map' : 'seq', depth };
  }
  return null;
}

/**
 * The scope's lines after the edit, built from the original `text` and the edit's `splices`
 * (sorted, all inside the scope), with the first `blank` characters as spaces; or null when
 * a line of it is indented less than the collection (blank lines aside), at column 0 looks
 * like a document marker or directive, or the last one runs on into the text after it.
 * (Built from the pieces: slicing the whole new text would copy all of it.)
 */
export function sliceOf(text: string, splices: readonly Splice[], scope: Scope): string | null {
  const local = splices.map((s) => ({ from: s.from - scope.from, to: s.to - scope.from, insert: s.insert }));
  const raw = applySplices(text.slice(scope.from, scope.to), local);
  // A last line without its terminator would run on into the unchanged text after it.
  if (scope.to < text.length && !raw.endsWith('\n')) return null;
  const slice = scope.blank > 0 ? ' '.repeat(scope.blank) + raw.slice(scope.blank) : raw;
  let at = 0;
  while (at < slice.length) {
    const nl = slice.indexOf('\n', at);
    const end = nl < 0 ? slice.length : nl;
    let i = at;
    while (i < end && slice[i] === ' ') i++;
    const rest = slice.slice(i, end);
    if (!/^[ \t\r]*$/.test(rest)) {
      if (i - at < scope.col) return null;
      if (scope.col === 0 && /^(?:---|\.\.\.)(?:[ \t\r]|$)|^%/.test(rest)) return null;
    }
    at = end + 1;
  }
  return slice;
}

/** True when any node under `root` (itself included) has an anchor or is an alias. */
export function hasAnchors(root: unknown): boolean {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isAlias(node)) return true;
    if (isPair(node)) stack.push(node.key, node.value);
    else if (isScalar(node)) {
      if (node.anchor) return true;
    } else if (isMap(node) || isSeq(node)) {
      if (node.anchor) return true;
      for (const item of node.items) stack.push(item);
    }
  }
  return false;
}

// The block collections met following `path` from the root, outermost first.
function collectionsOn(doc: Document.Parsed, path: Path): Candidate[] {
  const out: Candidate[] = [];
  let node: unknown = doc.contents;
  for (let depth = 0; ; depth++) {
    if (!(isMap(node) || isSeq(node)) || node.flow) return out;
    out.push({ node, depth });
    const seg = path[depth];
    if (seg === undefined) return out;
    if (isMap(node)) {
      const index = typeof seg === 'string' ? findKey(node, seg) : -1;
      node = index < 0 ? null : node.items[index]?.value;
    } else {
      node = typeof seg === 'number' ? node.items[seg] : null;
    }
  }
}

// A document without `%YAML` / `%TAG` directives: a slice parsed alone reads its scalars alike.
function plainDirectives(doc: Document.Parsed): boolean {
  const { yaml, tags } = doc.directives ?? { yaml: { explicit: false }, tags: {} };
  const handles = Object.keys(tags);
  return !yaml.explicit && handles.length === 1 && tags['!!'] === 'tag:yaml.org,2002:';
}

// Past any blank (whitespace-only) lines starting at `from`.
function skipBlankLines(text: string, from: number): number {
  let at = from;
  while (at < text.length) {
    const end = nextLineStart(text, at);
    if (!/^[ \t\r]*\n?$/.test(text.slice(at, end))) return at;
    at = end;
  }
  return at;
}

// True when the line at `from` (the first non-blank line after the collection) is indented at
// most `col`, or there is none: it cannot continue anything the slice ends with.
function followerBelow(text: string, from: number, col: number): boolean {
  let i = from;
  while (i < text.length && text[i] === ' ') i++;
  return i >= text.length || i - from <= col;
}
