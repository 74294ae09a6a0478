import { isMap, isPair, isSeq, type Node, type YAMLMap, type YAMLSeq } from 'yaml';
import { colonAfter, contentEnd, keyStart, pairEnd, sourced } from './ranges';
import { columnOf, leadsLine, lineAt, lineEnd, lineStart, nextLineStart, previousLineStart } from './text';

/**
 * Where each entry of a block map or list sits in the text. An entry's "chunk" is its own
 * lines plus the comment lines directly above it (no blank line between) written at the
 * entry's column: those comments describe the entry and move or go with it.
 */
export interface BlockEntry {
  /** The key (map) or the `-` (list). */
  readonly start: number;
  readonly col: number;
  /** True when only spaces precede `start` on its line (false for `- key: v`'s first key). */
  readonly leads: boolean;
  /** Line start of the chunk (its first attached comment line), or `start` when not leading. */
  readonly chunkStart: number;
  /** First non-space character of the chunk. */
  readonly head: number;
  /** End of the entry's last line, before the line terminator (trailing comment included). */
  readonly end: number;
  /** Just after the entry's `:` or `-`. */
  readonly indicatorEnd: number;
  /** The entry's value node (null when there is none). */
  readonly value: Node | null;
}

/** The entries of a block map or list, or an error for forms this editor does not handle. */
export function blockEntries(text: string, coll: YAMLMap | YAMLSeq): BlockEntry[] | string {
  const out: BlockEntry[] = [];
  const items = coll.items as unknown[];
  for (let i = 0; i < items.length; i++) {
    const prevEnd = i === 0 ? -1 : (out[i - 1]?.end ?? -1);
    const item = items[i];
    let start: number;
    let indicatorEnd: number;
    let end: number;
    let value: Node | null;
    if (isMap(coll)) {
      if (!isPair(item)) return 'unexpected map item';
      start = keyStart(item);
      const key = item.key as Node | null;
      if (start < 0 || !key) return 'a map entry without a key is not supported';
      indicatorEnd = colonAfter(text, contentEnd(text, key));
      if (indicatorEnd < 0) return 'explicit keys (`? key`) are not supported';
      value = (item.value as Node | null) ?? null;
      end = lineEnd(text, pairEnd(text, item));
    } else {
      start = i === 0 ? (coll.range?.[0] ?? -1) : findDash(text, nextLineStart(text, prevEnd));
      if (start < 0 || text[start] !== '-') return 'could not find a list item indicator';
      indicatorEnd = start + 1;
      value = (item as Node | null) ?? null;
      const src = sourced(value);
      end = lineEnd(text, src ? contentEnd(text, src) : indicatorEnd);
    }
    const col = columnOf(text, start);
    const leads = leadsLine(text, start);
    const chunkStart = leads ? attachedStart(text, lineStart(text, start), col, prevEnd) : start;
    out.push({
      start,
      col,
      leads,
      chunkStart,
      head: leads ? chunkStart + col : start,
      end,
      indicatorEnd,
      value,
    });
  }
  return out;
}

// The first line at or after `from` whose first non-space character is `-`, skipping blank and
// comment lines; -1 when another line comes first.
function findDash(text: string, from: number): number {
  let p = from;
  while (p < text.length) {
    const line = lineAt(text, p);
    const trimmed = line.trimStart();
    if (trimmed.startsWith('-')) return p + line.length - trimmed.length;
    if (trimmed !== '' && !trimmed.startsWith('#')) return -1;
    p = nextLineStart(text, p);
  }
  return -1;
}

// Walks up over comment lines at exactly `col` directly above the line at `start`.
function attachedStart(text: string, start: number, col: number, lowerBound: number): number {
  let first = start;
  const pattern = new RegExp(`^ {${col}}#`);
  for (let p = previousLineStart(text, first); p > lowerBound; p = previousLineStart(text, first)) {
    if (!pattern.test(lineAt(text, p))) break;
    first = p;
  }
  return first;
}

/** An item of a flow collection: from its key (or value) to the end of its value. */
export interface FlowEntry {
  readonly start: number;
  readonly end: number;
}

/** The items of a flow map or list and the offsets of its brackets. */
export interface FlowLayout {
  readonly open: number;
  readonly close: number;
  readonly entries: readonly FlowEntry[];
}

/** The layout of a flow collection, or an error when its brackets are not where expected. */
export function flowLayout(text: string, coll: YAMLMap | YAMLSeq): FlowLayout | string {
  const r = coll.range;
  if (!r) return 'a flow collection without a source range';
  const open = r[0];
  const close = r[1] - 1;
  if (!'[{'.includes(text[open] ?? 'x') || !']}'.includes(text[close] ?? 'x'))
    return 'unexpected flow collection brackets';
  const entries: FlowEntry[] = [];
  for (const item of coll.items as unknown[]) {
    if (isPair(item)) {
      const start = keyStart(item);
      if (start < 0) return 'a flow entry without a key is not supported';
      entries.push({ start, end: pairEnd(text, item) });
    } else {
      const node = item as Node | null;
      if (!node?.range) return 'a flow item without a source range';
      entries.push({ start: node.range[0], end: contentEnd(text, node) });
    }
  }
  return { open, close, entries };
}

/** True when the collection is a list. */
export function isList(coll: YAMLMap | YAMLSeq): coll is YAMLSeq {
  return isSeq(coll);
}
