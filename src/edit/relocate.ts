import { isMap, isScalar, type Node, type YAMLMap } from 'yaml';
import { formatPath, type Path } from '../path/path';
import { styleAt, type EditContext, type Splice } from './context';
import { blockEntries, type BlockEntry } from './layout';
import { containerOf, blockRemoveSplice, type Container } from './remove';
import { contentEnd, sourced } from './ranges';
import { renderKey, type Style } from './render';
import { replaceValue } from './replace';
import { resolve, type Resolved } from './resolve';
import { shiftLines, trailingCommentsEnd } from './shift';
import { scalarStyleOf } from './style';
import { eolLengthBefore, lineAt, lineEnd, nextLineStart, pad, previousLineStart } from './text';

/** What relocating an entry takes: its value, and the splices that move its text (null: cannot). */
export interface Relocation {
  readonly value: unknown;
  readonly splices: Splice[] | null;
}

/**
 * Plans moving the map entry at `from` so that it becomes the entry at `to` (a key of a map;
 * missing parent maps are created, and the key is renamed when `to` names another). The
 * entry's text moves as written: the comment lines attached above it, its key line with its
 * trailing comment, its value lines (comments, quoting, block scalars) and comment lines
 * indented under it after them, re-indented to the new column. The target is the end of the
 * deepest existing map on `to`, or the key of an empty value (none, `null`, `~`, `{}`) there.
 * `splices` is null when the text cannot be moved so (a flow map on either side, a target that
 * is a list or a scalar, the only key of a `- key: v` item); the caller then writes the value
 * anew. Refuses (a string) when `from` is missing, `to` exists or lies inside `from`.
 */
export function relocateAt(ctx: EditContext, from: Path, to: Path): Relocation | string {
  const where = formatPath(from) || 'the document root';
  const target = formatPath(to) || 'the document root';
  if (typeof from[from.length - 1] !== 'string') return `Cannot move ${where}: it is not a map entry`;
  if (typeof to[to.length - 1] !== 'string') return `Cannot move ${where} to ${target}: it is not a map key`;
  if (from.every((seg, i) => to[i] === seg)) return `Cannot move ${where} into itself`;
  const c = containerOf(ctx, from);
  if (typeof c === 'string') return c;
  if (!isMap(c.coll)) return `Cannot move ${where}: it is not a map entry`;
  const found = resolve(ctx.text, ctx.doc, to);
  if (typeof found === 'string') return found;
  if (found.depth === to.length) return `Cannot move ${where} to ${target}: it already exists`;
  const node = (c.coll.items[c.index]?.value as Node | null | undefined) ?? null;
  const value = node && ctx.doc ? (node.toJS(ctx.doc) as unknown) : null;
  return { value, splices: moveText(ctx, c as Container & { coll: YAMLMap }, found, to) };
}

// The splices that cut the entry's text and insert it, re-indented, at the end of the deepest
// existing map on `to` (or under its key when it is empty), below new `key:` lines for the
// missing maps; null when the text cannot be moved so.
function moveText(
  ctx: EditContext,
  c: Container & { coll: YAMLMap },
  found: Resolved,
  to: Path,
): Splice[] | null {
  const { text } = ctx;
  const missing = to.slice(found.depth);
  if (c.coll.flow || !missing.every((seg): seg is string => typeof seg === 'string')) return null;
  const entries = blockEntries(text, c.coll);
  const entry = typeof entries === 'string' ? null : entries[c.index];
  const place = placeFor(ctx, found, c.coll);
  if (!entry || typeof entries === 'string' || !place) return null;
  const { at, col, style } = place;
  const end = entry.leads ? trailingCommentsEnd(text, entry.end, entry.col) : entry.end;
  const depth = missing.length - 1;
  const body = entryText(ctx, c, entry, end, missing[depth] ?? '', col + style.step * depth - entry.col);
  if (body === null) return null;
  const eol = style.eol;
  const insert = [
    ...missing.slice(0, -1).map((k, i) => `${pad(col + style.step * i)}${renderKey(k, false, style)}:`),
    pad(col + style.step * depth) + body,
  ].join(eol);
  const emptied = entries.length === 1 && !place.inSource;
  // The new place is right before or after the entry's lines: rewrite them where they are.
  if (entry.leads && !emptied && (at === entry.chunkStart || at === nextLineStart(text, end)))
    return [...place.extra, { from: entry.chunkStart, to: end, insert }];
  const cut = cutSplice(ctx, c, entries, entry, end, emptied);
  if (!cut) return null;
  // No line break before the insertion point: the text ends there without a final one.
  const atEnd = at >= text.length && !text.endsWith('\n');
  return [...place.extra, cut, { from: at, to: at, insert: atEnd ? eol + insert : insert + eol }];
}

/** Where moved lines go: a line start (or the text end), their column and style. */
interface Place {
  readonly at: number;
  readonly col: number;
  readonly style: Style;
  /** Other changes there (an empty value's `null` or `{}` cleared from its key line). */
  readonly extra: Splice[];
  /** True when the lines go into the entry's own map. */
  readonly inSource: boolean;
}

// After the last entry of a non-empty block map (and the comment lines under it), or under the
// key of an empty value (none, `null`, `~`, `{}`) in a block map; null elsewhere.
function placeFor(ctx: EditContext, found: Resolved, source: YAMLMap): Place | null {
  const { text } = ctx;
  const host = found.node;
  if (isMap(host) && !host.flow && host.items.length > 0) {
    const hostEntries = blockEntries(text, host);
    const last = typeof hostEntries === 'string' ? null : hostEntries[hostEntries.length - 1];
    if (!last) return null;
    const at = nextLineStart(text, trailingCommentsEnd(text, last.end, last.col));
    return { at, col: last.col, style: styleAt(ctx, found.slot, host), extra: [], inSource: host === source };
  }
  const { slot } = found;
  if (slot.kind !== 'pair' || slot.map.flow || !isEmptyValue(host)) return null;
  const entries = blockEntries(text, slot.map);
  const owner = typeof entries === 'string' ? null : entries[slot.index];
  if (!owner) return null;
  const style = styleAt(ctx, slot);
  const written = sourced(host);
  if (written && text.slice(written.range?.[0] ?? 0, contentEnd(text, written)).includes('#')) return null;
  const extra = written ? [{ from: owner.indicatorEnd, to: contentEnd(text, written), insert: '' }] : [];
  const at = nextLineStart(text, lineEnd(text, owner.indicatorEnd));
  return { at, col: owner.col + style.step, style, extra, inSource: false };
}

// No value, or `null` / `~` / `{}` written alone after the key (no tag, anchor or comment inside).
function isEmptyValue(node: Node | null): boolean {
  if (node === null) return true;
  if (isMap(node)) return !!node.flow && node.items.length === 0 && !node.anchor && !node.tag;
  return isScalar(node) && node.value === null && !node.anchor && !node.tag;
}

// The entry's text from its first attached comment to `end`, its key renamed to `key` when
// that differs, its lines after the first moved `delta` columns; null when they cannot move.
function entryText(
  ctx: EditContext,
  c: Container & { coll: YAMLMap },
  entry: BlockEntry,
  end: number,
  key: string,
  delta: number,
): string | null {
  const { text } = ctx;
  const keyNode = c.coll.items[c.index]?.key as Node | null | undefined;
  if (!isScalar(keyNode) || !keyNode.range) return null;
  let written = text.slice(entry.head, end);
  if (String(keyNode.value) !== key) {
    const style = styleAt(ctx, c.slot, c.coll);
    const [start, stop] = [keyNode.range[0] - entry.head, keyNode.range[1] - entry.head];
    written =
      written.slice(0, start) + renderKey(key, false, style, scalarStyleOf(keyNode)) + written.slice(stop);
  }
  const [first, ...rest] = written.split('\n');
  const shifted = shiftLines(rest, delta);
  return shifted === null ? null : [first ?? '', ...shifted].join('\n');
}

// The splice that cuts the entry's lines (through `end`) from its map, with the blank line after
// them when one also precedes them or they come first; the only entry of a map that gets
// nothing else leaves `{}`.
function cutSplice(
  ctx: EditContext,
  c: Container & { coll: YAMLMap },
  entries: readonly BlockEntry[],
  entry: BlockEntry,
  end: number,
  emptied: boolean,
): Splice | null {
  const { text } = ctx;
  if (!entry.leads) return entries.length > 1 ? blockRemoveSplice(text, entries, c.index) : null;
  if (emptied) {
    if (c.slot.kind !== 'pair') return null;
    const empty = replaceValue(ctx, c.slot, c.coll, {});
    const only = typeof empty === 'string' || empty.length !== 1 ? null : empty[0];
    return only && only.to === entry.end ? { ...only, to: end } : null;
  }
  if (end >= text.length) {
    return { from: entry.chunkStart - eolLengthBefore(text, entry.chunkStart), to: text.length, insert: '' };
  }
  let stop = nextLineStart(text, end);
  if (stop < text.length && lineAt(text, stop).trim() === '') {
    const before = previousLineStart(text, entry.chunkStart);
    const blankBefore = before >= 0 && lineAt(text, before).trim() === '';
    if (blankBefore || c.index === 0) stop = nextLineStart(text, stop);
  }
  return { from: entry.chunkStart, to: stop, insert: '' };
}
