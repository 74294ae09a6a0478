import { isMap, isSeq } from 'yaml';
import { formatPath, type Path } from '../path/path';
import { styleAt, type EditContext, type Splice, type SpliceResult } from './context';
import { blockEntries, flowLayout } from './layout';
import { blockRemoveSplice, flowRemoveSplice } from './remove';
import { resolve } from './resolve';
import { outOfRange, flowInsert } from './set';
import { pad } from './text';

/**
 * Moves entry `from` of the map or list at `path` so that it ends at position `to` (as
 * `array.splice(to, 0, ...array.splice(from, 1))` would). The entry's text moves as written,
 * with its attached comment lines; blank lines between entries stay where they are.
 */
export function moveAt(ctx: EditContext, path: Path, from: number, to: number): SpliceResult {
  const found = resolve(ctx.text, ctx.doc, path);
  if (typeof found === 'string') return found;
  const where = formatPath(path) || 'the document root';
  const coll = found.node;
  if (found.depth < path.length || !(isMap(coll) || isSeq(coll)))
    return `Nothing to reorder: ${where} is not a map or list`;
  const n = coll.items.length;
  for (const i of [from, to]) {
    if (!Number.isInteger(i) || i < 0 || i >= n) return outOfRange(path, i, n);
  }
  if (from === to) return [];
  const { text } = ctx;
  const style = styleAt(ctx, found.slot);
  if (coll.flow) {
    const layout = flowLayout(text, coll);
    if (typeof layout === 'string') return layout;
    const moved = layout.entries[from];
    if (!moved) return 'internal: flow entry not found';
    const ins = flowInsert(
      text,
      layout,
      to < from ? to : to + 1,
      text.slice(moved.start, moved.end),
      style.eol,
    );
    return typeof ins === 'string' ? ins : sortSplices([flowRemoveSplice(layout, from), ...ins]);
  }
  const entries = blockEntries(text, coll);
  if (typeof entries === 'string') return entries;
  const moved = entries[from];
  const target = entries[to];
  if (!moved || !target) return 'internal: entry not found';
  const body = text.slice(moved.head, moved.end);
  const del = blockRemoveSplice(text, entries, from, false);
  const ins: Splice =
    to < from
      ? { from: target.head, to: target.head, insert: body + style.eol + pad(target.col) }
      : { from: target.end, to: target.end, insert: style.eol + pad(target.col) + body };
  return sortSplices([del, ins]);
}

/** Splices in text order (inserts before deletions that start at the same offset). */
export function sortSplices(splices: Splice[]): Splice[] {
  return [...splices].sort((a, b) => a.from - b.from || a.to - b.to);
}
