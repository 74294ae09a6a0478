import { isMap, isSeq, type Node, type YAMLMap, type YAMLSeq } from 'yaml';
import { formatPath, type Path } from '../path/path';
import type { EditContext, Splice, SpliceResult } from './context';
import { blockEntries, flowLayout, type BlockEntry, type FlowLayout } from './layout';
import { replaceValue } from './replace';
import { findKey, resolve, type Slot } from './resolve';
import { outOfRange } from './set';
import { eolLengthBefore, lineAt, nextContent, nextLineStart, previousLineStart } from './text';

/** The map or list holding the last segment of `path`, and that segment's position in it. */
export interface Container {
  readonly slot: Slot;
  readonly coll: YAMLMap | YAMLSeq;
  readonly index: number;
}

/** Finds the collection that holds the entry at `path` and the entry's index. */
export function containerOf(ctx: EditContext, path: Path): Container | string {
  if (path.length === 0) return 'The document root is not a map entry or list item';
  const parentPath = path.slice(0, -1);
  const found = resolve(ctx.text, ctx.doc, parentPath);
  if (typeof found === 'string') return found;
  const where = formatPath(parentPath) || 'the document root';
  if (found.depth < parentPath.length)
    return `Nothing at ${formatPath(path)}: ${formatPath(path.slice(0, found.depth + 1))} is missing`;
  const seg = path[path.length - 1];
  const coll = found.node;
  if (isMap(coll)) {
    if (typeof seg !== 'string') return `${where} is a map; expected a key, got index ${String(seg)}`;
    const index = findKey(coll, seg);
    if (index < 0) return `Nothing at ${formatPath(path)}: ${where} has no key ${JSON.stringify(seg)}`;
    return { slot: found.slot, coll, index };
  }
  if (isSeq(coll)) {
    if (typeof seg !== 'number' || !Number.isInteger(seg) || seg < 0)
      return `${where} is a list; expected an index`;
    if (seg >= coll.items.length) return outOfRange(parentPath, seg, coll.items.length);
    return { slot: found.slot, coll, index: seg };
  }
  return `Nothing at ${formatPath(path)}: ${where} is not a map or list`;
}

/**
 * Removes the entry at `path` with its attached comment lines (comments directly above it at
 * its column) and its trailing comment. The last entry of a nested map or list leaves an
 * empty `{}` / `[]` so the key stays; the last entry of the root map leaves an empty document.
 */
export function removeAt(ctx: EditContext, path: Path): SpliceResult {
  const c = containerOf(ctx, path);
  if (typeof c === 'string') return c;
  return removeEntry(ctx, c);
}

function removeEntry(ctx: EditContext, { slot, coll, index }: Container): SpliceResult {
  const { text } = ctx;
  if (coll.flow) {
    const layout = flowLayout(text, coll);
    return typeof layout === 'string' ? layout : [flowRemoveSplice(layout, index)];
  }
  const entries = blockEntries(text, coll);
  if (typeof entries === 'string') return entries;
  if (entries.length > 1) return [blockRemoveSplice(text, entries, index)];
  const only = entries[0];
  if (!only) return 'internal: empty block collection';
  if (slot.kind !== 'root') return replaceValue(ctx, slot, coll as Node, isSeq(coll) ? [] : {});
  return [{ from: only.chunkStart, to: nextLineStart(text, only.end), insert: '' }];
}

/** The splice that deletes item `index` of a flow collection with its separating comma. */
export function flowRemoveSplice(layout: FlowLayout, index: number): Splice {
  const { entries } = layout;
  const e = entries[index];
  const next = entries[index + 1];
  const prev = entries[index - 1];
  if (!e || entries.length === 1) return { from: layout.open + 1, to: layout.close, insert: '' };
  if (next) return { from: e.start, to: next.start, insert: '' };
  return { from: prev ? prev.end : e.start, to: e.end, insert: '' };
}

/**
 * The splice that deletes entry `index` of a block collection that has other entries: its
 * whole lines (attached comments included), or, for the first entry of a `- key: v` item,
 * the text up to the next line's content. With `tidy`, a blank line after it goes too when
 * one also precedes it or when it is the first entry (so no blank line doubles or leads).
 */
export function blockRemoveSplice(
  text: string,
  entries: readonly BlockEntry[],
  index: number,
  tidy = true,
): Splice {
  const e = entries[index] as BlockEntry;
  if (!e.leads) return { from: e.start, to: nextContent(text, nextLineStart(text, e.end)), insert: '' };
  if (e.end >= text.length) {
    return { from: e.chunkStart - eolLengthBefore(text, e.chunkStart), to: e.end, insert: '' };
  }
  let to = nextLineStart(text, e.end);
  const before = previousLineStart(text, e.chunkStart);
  const blankBefore = before >= 0 && lineAt(text, before).trim() === '';
  const blankAfter = to < text.length && lineAt(text, to).trim() === '';
  if (tidy && blankAfter && (blankBefore || index === 0)) to = nextLineStart(text, to);
  return { from: e.chunkStart, to, insert: '' };
}
