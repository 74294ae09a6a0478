import { isMap, isSeq, type Node, type YAMLMap, type YAMLSeq } from 'yaml';
import { formatPath, type Path } from '../path/path';
import { styleAt, type EditContext, type SpliceResult } from './context';
import { blockEntries, flowLayout, type FlowLayout } from './layout';
import { isNullish } from './ranges';
import { renderEntry, renderInline, renderItem, renderKey } from './render';
import { replaceValue, siblingGap } from './replace';
import { withGap } from './style';
import { buildNested, inFlow, resolve, type Slot } from './resolve';
import { columnOf, leadsLine, lineStart, pad } from './text';

/**
 * Sets the value at `path`, creating missing maps and lists on the way: a missing key is
 * appended after the map's last entry, a missing index equal to the list length appends.
 */
export function setAt(ctx: EditContext, path: Path, value: unknown): SpliceResult {
  const found = resolve(ctx.text, ctx.doc, path);
  if (typeof found === 'string') return found;
  const { slot, node, depth } = found;
  if (depth === path.length) return replaceValue(ctx, slot, node, value);
  const nested = buildNested(path.slice(depth + 1), value, path.slice(0, depth + 1));
  if (typeof nested === 'string') return nested;
  const seg = path[depth];
  if (isNullish(node)) {
    const whole = buildNested(path.slice(depth), value, path.slice(0, depth));
    return typeof whole === 'string' ? whole : replaceValue(ctx, slot, node, whole.value);
  }
  if (isMap(node) && typeof seg === 'string') return addEntry(ctx, slot, node, seg, nested.value);
  if (isSeq(node) && typeof seg === 'number') {
    if (seg !== node.items.length) return outOfRange(path.slice(0, depth), seg, node.items.length);
    return insertItem(ctx, slot, node, seg, nested.value);
  }
  return `Cannot set ${formatPath(path)}`;
}

/** The message for an index past the end of a list. */
export function outOfRange(at: Path, index: number, length: number): string {
  return `Index ${index} is out of range at ${formatPath(at) || 'the document root'} (the list has ${length} item${length === 1 ? '' : 's'})`;
}

/** Appends `key: value` to a map: after its last entry (block) or before `}` (flow). */
export function addEntry(
  ctx: EditContext,
  slot: Slot,
  map: YAMLMap,
  key: string,
  value: unknown,
): SpliceResult {
  const style = styleAt(ctx, slot, map);
  if (map.flow) {
    const layout = flowLayout(ctx.text, map);
    if (typeof layout === 'string') return layout;
    const entry = `${renderKey(key, true, style)}: ${renderInline(value, true, style)}`;
    if (layout.entries.length === 0) return fillEmptyFlow(ctx, slot, layout, entry, { [key]: value });
    return flowInsert(ctx.text, layout, layout.entries.length, entry, style.eol);
  }
  const entries = blockEntries(ctx.text, map);
  if (typeof entries === 'string') return entries;
  const last = entries[entries.length - 1];
  if (!last) return 'internal: empty block map';
  return [
    {
      from: last.end,
      to: last.end,
      insert: style.eol + pad(last.col) + renderEntry(key, value, last.col, style),
    },
  ];
}

/** Inserts `value` before item `index` of a list (index = length appends). */
export function insertItem(
  ctx: EditContext,
  slot: Slot,
  seq: YAMLSeq,
  index: number,
  value: unknown,
): SpliceResult {
  const base = styleAt(ctx, slot);
  if (seq.flow) {
    const layout = flowLayout(ctx.text, seq);
    if (typeof layout === 'string') return layout;
    const item = renderInline(value, true, base);
    if (layout.entries.length === 0) return fillEmptyFlow(ctx, slot, layout, item, [value]);
    return flowInsert(ctx.text, layout, index, item, base.eol);
  }
  const entries = blockEntries(ctx.text, seq);
  if (typeof entries === 'string') return entries;
  const style = withGap(base, siblingGap(ctx.text, entries));
  const at = entries[index];
  if (at) {
    const item = renderItem(value, at.col, style);
    return [{ from: at.head, to: at.head, insert: item + style.eol + pad(at.col) }];
  }
  const last = entries[entries.length - 1];
  if (!last) return 'internal: empty block list';
  return [
    { from: last.end, to: last.end, insert: style.eol + pad(last.col) + renderItem(value, last.col, style) },
  ];
}

// `{}` / `[]` get their first entry: in flow syntax inside a flow parent, else as block lines.
function fillEmptyFlow(
  ctx: EditContext,
  slot: Slot,
  layout: FlowLayout,
  entry: string,
  whole: unknown,
): SpliceResult {
  if (inFlow(slot)) return [{ from: layout.open + 1, to: layout.close, insert: entry }];
  const node =
    slot.kind === 'root' ? ((ctx.doc?.contents as Node | null | undefined) ?? null) : nodeOfSlot(slot);
  return replaceValue(ctx, slot, node, whole);
}

function nodeOfSlot(slot: Slot): Node | null {
  if (slot.kind === 'pair') return (slot.map.items[slot.index]?.value as Node | null | undefined) ?? null;
  if (slot.kind === 'item') return (slot.seq.items[slot.index] as Node | null | undefined) ?? null;
  return null;
}

/**
 * Inserts an entry's text before item `index` of a non-empty flow collection (or after the
 * last one). A collection written one item per line gets the new item on its own line.
 */
export function flowInsert(
  text: string,
  layout: FlowLayout,
  index: number,
  entry: string,
  eol: string,
): SpliceResult {
  const { entries } = layout;
  const at = entries[index];
  const ref = at ?? entries[entries.length - 1];
  if (!ref) return 'internal: empty flow collection';
  const ownLine = leadsLine(text, ref.start) && lineStart(text, ref.start) !== lineStart(text, layout.open);
  const sep = ownLine ? `,${eol}${pad(columnOf(text, ref.start))}` : ', ';
  if (at) return [{ from: at.start, to: at.start, insert: entry + sep }];
  return [{ from: ref.end, to: ref.end, insert: sep + entry }];
}
