import {
  isCollection,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Document,
  type Node,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';
import { diffSplice } from '../edit/compose';
import type { Splice } from '../edit/context';
import { findKey } from '../edit/resolve';
import { hasAnchors, scopeFor, sliceOf, type Scope } from '../edit/scope';
import type { Path } from '../path/path';
import { PARSE_OPTIONS, type SourceFile } from './source';

/**
 * Reads `text` from the parse of an earlier text by re-parsing only the lines that changed:
 * typing in a 5,000-line file changes one block collection, and reading that alone takes a
 * fraction of reading the whole file again.
 *
 * The smallest block collection around the change whose lines can be read on their own (the
 * conditions of `scopeFor`/`sliceOf`: same indentation, nothing in them can close it or run
 * on past it, no anchors or aliases, no directives) is parsed alone and put in place of the
 * old one; every node after it is copied with its offsets moved by the change in length.
 * Nodes before the change are shared with `prev`, which is never modified.
 *
 * With `reuse: 'move'` the nodes after the change are not copied but moved: they get their new
 * offsets in place, and `prev` is spent (its nodes belong to the result, success or not). Only
 * for a reader that holds one parse at a time (the check worker): copying every node of a long
 * file after a keystroke near its top costs ten times more than moving them.
 *
 * Null whenever that is not sure to give what parsing `text` whole gives (the change is not
 * inside such a collection, either text has syntax errors or warnings, the new lines hold an
 * anchor or alias): the caller then parses the whole text.
 */
export function reparse(prev: SourceFile, text: string, reuse: Reuse = 'copy'): SourceFile | null {
  const [splice, extra] = diffSplice(prev.text, text);
  if (!splice || extra) return null;
  const index = docAt(prev.docs, splice);
  const doc = index < 0 ? null : (prev.docs[index] as Document.Parsed);
  if (!doc || doc.errors.length > 0 || doc.warnings.length > 0) return null;
  const path = pathAround(doc.contents, splice);
  const found = findScope(prev.text, doc, splice, path);
  if (!found) return null;
  const { scope } = found;
  const fresh = readSlice(found.slice, scope);
  if (!fresh) return null;
  const old = nodeOn(doc.contents, path.slice(0, scope.depth));
  if (!old?.range || !fresh.range) return null;
  const shift = new Shift(splice, scope, reuse === 'move' ? own : shallow);
  const ends = new AncestorShift(shift, old.range, fresh.range);
  try {
    const contents = graft(doc.contents as Node, path.slice(0, scope.depth), fresh, shift, ends);
    if (!contents) return null;
    const docs = prev.docs.map((d, i) => {
      if (i < index) return d;
      if (i > index) return copyDoc(d, cloneShifted(d.contents, shift), shift);
      return copyDoc(d, contents, ends);
    });
    return { text, docs, lines: lineIndex(text) };
  } catch (e) {
    if (e === UNSURE) return null;
    throw e;
  }
}

/** Whether nodes after the change are copied (the earlier parse stays valid) or moved. */
export type Reuse = 'copy' | 'move';

/** Thrown when an offset cannot be mapped with certainty: the whole text is parsed instead. */
const UNSURE = new Error('offset inside the changed lines');

/**
 * Offsets of the old text mapped to the new one: unchanged before the re-read lines, moved
 * after them. An offset among those lines belongs to the re-read collection: not mapped.
 */
class Shift implements Offsets {
  readonly delta: number;
  constructor(
    splice: Splice,
    private readonly scope: Scope,
    readonly take: Take,
  ) {
    this.delta = splice.insert.length - (splice.to - splice.from);
  }
  at(offset: number): number {
    if (offset < this.scope.from) return offset;
    if (offset >= this.scope.to) return offset + this.delta;
    throw UNSURE;
  }
}

/** For the re-read collection's ancestors: where they ended with it, they end with the new one. */
class AncestorShift implements Offsets {
  readonly take: Take;
  constructor(
    private readonly shift: Shift,
    private readonly oldRange: Range,
    private readonly newRange: Range,
  ) {
    this.take = shift.take;
  }
  at(offset: number): number {
    if (offset === this.oldRange[1]) return this.newRange[1];
    if (offset === this.oldRange[2]) return this.newRange[2];
    return this.shift.at(offset);
  }
}

type Range = readonly [number, number, number];

// The node at `path` (first key of each name, as `scopeFor` finds it).
function nodeOn(root: unknown, path: Path): Node | null {
  let node: unknown = root;
  for (const seg of path) {
    if (isMap(node) && typeof seg === 'string') node = node.items[findKey(node, seg)]?.value;
    else if (isSeq(node) && typeof seg === 'number') node = node.items[seg];
    else return null;
  }
  return (node as Node | null | undefined) ?? null;
}

// The document holding the whole change (a change on a document boundary has none).
function docAt(docs: readonly Document.Parsed[], splice: Splice): number {
  return docs.findIndex((d) => d.range[0] <= splice.from && splice.to < d.range[2]);
}

// Keys and indexes from the root to the innermost block collection item holding the change.
function pathAround(root: unknown, splice: Splice): Path {
  const path: (string | number)[] = [];
  let node: unknown = root;
  for (;;) {
    if (isMap(node) && !node.flow) {
      const i = node.items.findIndex((pair) => {
        const start = (pair.key as Node | null)?.range?.[0];
        const end = (pair.value as Node | null)?.range?.[2] ?? (pair.key as Node | null)?.range?.[2];
        return start !== undefined && end !== undefined && start <= splice.from && splice.to <= end;
      });
      const pair = node.items[i];
      if (!pair || !isScalar(pair.key) || typeof pair.key.value !== 'string') return path;
      path.push(pair.key.value);
      node = pair.value;
    } else if (isSeq(node) && !node.flow) {
      const i = node.items.findIndex((item) => {
        const r = (item as Node | null)?.range;
        return r != null && r[0] <= splice.from && splice.to <= r[2];
      });
      if (i < 0) return path;
      path.push(i);
      node = node.items[i];
    } else {
      return path;
    }
  }
}

/**
 * The innermost collection on `path` whose lines can be read alone (see `scopeFor`), and its
 * new lines. Comments and empty values that close those lines, or comments that follow them,
 * reach further in the whole text than when the lines are read alone, which moves where the
 * collection ends:
 * then the next collection out is tried. At the end of the text, how the last lines end
 * decides where the document ends too: none.
 */
function findScope(
  text: string,
  doc: Document.Parsed,
  splice: Splice,
  path: Path,
): { scope: Scope; slice: string } | null {
  let limit = path;
  for (;;) {
    const scope = scopeFor(text, doc, [splice], limit);
    if (!scope || scope.to >= text.length) return null;
    const slice = sliceOf(text, [splice], scope);
    if (slice !== null && closesAlike(text.slice(scope.from, scope.to), slice) && !commentAt(text, scope.to))
      return { scope, slice };
    if (scope.depth === 0) return null;
    limit = path.slice(0, scope.depth - 1);
  }
}

// The scope's new lines parsed alone: one block collection of the same kind at the same column.
function readSlice(slice: string, scope: Scope): YAMLMap | YAMLSeq | null {
  const doc = parseDocument(slice, PARSE_OPTIONS);
  if (doc.errors.length > 0 || doc.warnings.length > 0) return null;
  const root = doc.contents;
  if (!(scope.kind === 'map' ? isMap(root) : isSeq(root)) || !isCollection(root) || root.flow) return null;
  if (root.range?.[0] !== scope.col || hasAnchors(root)) return null;
  // Its nodes are nobody else's: moved to their place in the whole text.
  return cloneShifted(root, { at: (o) => o + scope.from, take: own }) as YAMLMap | YAMLSeq;
}

interface Offsets {
  at(offset: number): number;
  /** The node (or document) to give the new offsets to: a copy, or the node itself. */
  readonly take: Take;
}

type Take = <T extends object>(value: T) => T;

// A copy of `node` along `path` with the collection at its end replaced by `fresh`, and
// every node after the change copied with moved offsets. Null if the path does not lead there.
function graft(node: Node, path: Path, fresh: Node, shift: Shift, ends: Offsets): Node | null {
  if (path.length === 0) return fresh;
  const [seg, ...rest] = path;
  if (isMap(node) && typeof seg === 'string') {
    const i = findKey(node, seg);
    const pair = node.items[i];
    if (!pair || !pair.value) return null;
    const value = graft(pair.value as Node, rest, fresh, shift, ends);
    if (!value) return null;
    const items = node.items.map((p, j) => {
      if (j < i) return p;
      if (j > i) return clonePair(p, shift);
      const copy = shift.take(p);
      copy.value = value;
      return copy;
    });
    return withItems(node, items, ends);
  }
  if (isSeq(node) && typeof seg === 'number') {
    const item = node.items[seg] as Node | undefined;
    if (!item) return null;
    const value = graft(item, rest, fresh, shift, ends);
    if (!value) return null;
    const items = node.items.map((it, j) => (j < seg ? it : j > seg ? cloneShifted(it, shift) : value));
    return withItems(node, items, ends);
  }
  return null;
}

function withItems<T extends YAMLMap | YAMLSeq>(node: T, items: unknown[], shift: Offsets): T {
  const copy = shift.take(node);
  copy.items = items as T['items'];
  if (node.range) copy.range = moved(node.range, shift);
  return copy;
}

// A deep copy of a node (or anything a collection holds) with its offsets moved.
function cloneShifted(node: unknown, shift: Offsets): unknown {
  if (isPair(node)) return clonePair(node, shift);
  if (!node || typeof node !== 'object' || !('range' in node || isCollection(node))) return node;
  const copy = shift.take(node as Node);
  const range = (node as Node).range;
  if (range) copy.range = moved(range, shift);
  if (isCollection(node)) {
    (copy as YAMLMap | YAMLSeq).items = node.items.map((item: unknown) => cloneShifted(item, shift)) as never;
  }
  return copy;
}

function clonePair<T extends { key: unknown; value: unknown }>(pair: T, shift: Offsets): T {
  const copy = shift.take(pair);
  copy.key = cloneShifted(pair.key, shift);
  copy.value = cloneShifted(pair.value, shift);
  return copy;
}

function moved(range: Range, shift: Offsets): [number, number, number] {
  return [shift.at(range[0]), shift.at(range[1]), shift.at(range[2])];
}

function copyDoc(doc: Document.Parsed, contents: unknown, shift: Offsets): Document.Parsed {
  const copy = shift.take(doc);
  copy.contents = contents as Document.Parsed['contents'];
  copy.range = moved(doc.range, shift);
  return copy;
}

// The value itself (moving: it gets the new offsets in place).
function own<T extends object>(value: T): T {
  return value;
}

// A copy with the same prototype and every own property, symbols included (the `yaml`
// library tells node types apart by a symbol-keyed property).
function shallow<T extends object>(value: T): T {
  const copy = Object.create(Object.getPrototypeOf(value) as object | null) as T;
  for (const key of Reflect.ownKeys(value)) {
    (copy as Record<PropertyKey, unknown>)[key] = (value as Record<PropertyKey, unknown>)[key];
  }
  return copy;
}

// Line starts as the parser records them: offset 0 and after every line feed.
function lineIndex(text: string): LineCounter {
  const lines = new LineCounter();
  lines.addNewLine(0);
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lines.addNewLine(at + 1);
  return lines;
}

/**
 * True when the new lines end as the old ones did: the blank lines after the last content line
 * are the same (the collection's ancestors, and the document, end after them while the
 * collection ends before them), the last content line cannot run on into what follows (see
 * `endsOpen`), and no carriage return stands alone (it reads differently at the end).
 */
function closesAlike(before: string, after: string): boolean {
  return trailingBlank(before) === trailingBlank(after) && !endsOpen(after) && !/\r(?!\n)/.test(after);
}

// What follows the last line that is not blank (its line break and the blank lines after it).
function trailingBlank(text: string): string {
  const match = /[^ \t\r\n][^\n]*(\n[ \t\r\n]*)?$/.exec(text);
  return match?.[1] ?? text;
}

// True when the last line of `text` that is not blank may run on into what follows when read
// in the whole text: it is or ends with a comment (a `#` in quotes counts too), or it ends
// with an empty value (`key:`, `-`, `?`, a tag, or a block scalar header without content),
// which in the whole text reaches to the next line's content.
function endsOpen(text: string): boolean {
  const lines = text.split('\n');
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = (lines[i] ?? '').trim();
    if (line === '') continue;
    return line.includes('#') || /:$|(?:^|\s)(?:-|\?|[|>][-+0-9]*|![^\s]*)$/.test(line);
  }
  return false;
}

// True when the first line at or after `from` that is not blank is a comment, at any
// indentation (after an empty value, even a less indented one extends the collection), or
// there is none.
function commentAt(text: string, from: number): boolean {
  const match = /[^ \t\r\n]/.exec(text.slice(from, from + 4096));
  return match === null || match[0] === '#';
}
