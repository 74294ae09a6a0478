import { isMap, isSeq, type Node } from 'yaml';
import { styleAt, type EditContext, type Splice, type SpliceResult } from './context';
import { blockEntries, type BlockEntry } from './layout';
import { colonAfter, contentEnd, hasSource, isBlockCollection, propsBefore, sourced } from './ranges';
import { isBlockValue, renderBlock, renderCompact, renderInline, renderLiteral, type Style } from './render';
import type { Slot } from './resolve';
import { scalarStyleOf, withGap } from './style';
import { columnOf, commentStart, lineEnd, lineStart, pad } from './text';

/**
 * Splices that write `value` in place of the value at `slot` (`node`, possibly null), keeping
 * the key, the `-`, anchors and the comment on the key line. A scalar or flow value replaces
 * only its own text; a block map or list replaces its lines.
 */
export function replaceValue(ctx: EditContext, slot: Slot, node: Node | null, value: unknown): SpliceResult {
  if (slot.kind === 'root') return replaceRoot(ctx, node, value);
  const parent = slot.kind === 'pair' ? slot.map : slot.seq;
  const style = styleAt(ctx, slot);
  if (parent.flow) return replaceInFlow(ctx, slot, node, value, style);
  const entries = blockEntries(ctx.text, parent);
  if (typeof entries === 'string') return entries;
  const entry = entries[slot.index];
  if (!entry) return 'internal: entry not found';
  return slot.kind === 'pair'
    ? replaceInPair(ctx, entry, node, value, style)
    : replaceInItem(ctx, entries, entry, node, value, style);
}

// Replaces an inline node's own text ([start, end)), dropping a tag and keeping anchors.
function inlineSplice(ctx: EditContext, from: number, node: Node, insert: string): Splice {
  const start = node.range?.[0] ?? 0;
  const props = propsBefore(ctx.text, from, start);
  if (!props.hasTag) return { from: start, to: contentEnd(ctx.text, node), insert };
  return { from: props.start, to: contentEnd(ctx.text, node), insert: [...props.anchors, insert].join(' ') };
}

// A string over a block scalar stays a block scalar when it has several lines and can.
function literalFor(
  ctx: EditContext,
  node: Node | null,
  value: unknown,
  fallbackCol: number,
  style: Style,
): string | null {
  const keep = scalarStyleOf(node);
  if (typeof value !== 'string' || (keep !== 'BLOCK_LITERAL' && keep !== 'BLOCK_FOLDED') || !node?.range)
    return null;
  const firstBody = lineEnd(ctx.text, node.range[0]) + 1;
  const m = /^( *)\S/m.exec(ctx.text.slice(firstBody, node.range[1]));
  return renderLiteral(value, m?.[1] !== undefined ? m[1].length : fallbackCol, style);
}

function replaceInFlow(
  ctx: EditContext,
  slot: Slot,
  node: Node | null,
  value: unknown,
  style: Style,
): SpliceResult {
  const text = renderInline(value, true, style, scalarStyleOf(node));
  const src = sourced(node);
  if (src) {
    const from =
      slot.kind === 'pair'
        ? ((slot.map.items[slot.index]?.key as Node | null)?.range?.[1] ?? 0)
        : (src.range?.[0] ?? 0);
    return [inlineSplice(ctx, from, src, text)];
  }
  if (slot.kind !== 'pair') return 'Cannot write into an empty flow list item';
  const key = slot.map.items[slot.index]?.key as Node | null;
  if (!key?.range) return 'A flow entry without a key is not supported';
  const keyEnd = contentEnd(ctx.text, key);
  const colon = colonAfter(ctx.text, keyEnd);
  return colon >= 0
    ? [{ from: colon, to: colon, insert: ` ${text}` }]
    : [{ from: keyEnd, to: keyEnd, insert: `: ${text}` }];
}

function replaceInPair(
  ctx: EditContext,
  entry: BlockEntry,
  current: Node | null,
  value: unknown,
  style: Style,
): SpliceResult {
  const { text } = ctx;
  const eol = style.eol;
  const colon = entry.indicatorEnd;
  const keyLineEnd = lineEnd(text, colon);
  const childCol = (): number => {
    const wantList = Array.isArray(value);
    if (node?.range && isBlockCollection(node) && isSeq(node) === wantList)
      return columnOf(text, node.range[0]);
    return entry.col + (wantList ? style.seqIndent : style.step);
  };
  const blockText = (): string => eol + renderBlock(value, childCol(), style).join(eol);
  const node = sourced(current);
  if (!node) {
    if (isBlockValue(value)) return [{ from: keyLineEnd, to: keyLineEnd, insert: blockText() }];
    const at = current?.range && text.slice(colon, current.range[0]).trim() !== '' ? current.range[0] : colon;
    return [{ from: at, to: at, insert: ` ${renderInline(value, false, style)}` }];
  }
  const start = node.range?.[0] ?? colon;
  const end = contentEnd(text, node);
  const lastLineEnd = lineEnd(text, end);
  const onKeyLine = lineStart(text, start) === lineStart(text, colon);
  if (!isBlockValue(value)) {
    const literal = literalFor(ctx, node, value, entry.col + style.step, style);
    const inline = literal ?? renderInline(value, false, style, scalarStyleOf(node));
    if (!isBlockCollection(node)) return [inlineSplice(ctx, colon, node, inline)];
    // A block map or list under the key becomes an inline value on the key line.
    const c = commentStart(text, colon, keyLineEnd);
    const props = propsBefore(text, colon, c >= 0 ? c : keyLineEnd);
    const head = [...props.anchors, inline].join(' ');
    const comment =
      c >= 0
        ? props.anchors.length > 0 || props.hasTag
          ? ` ${text.slice(c, keyLineEnd)}`
          : text.slice(props.start === c ? colon : c, keyLineEnd)
        : '';
    return [{ from: colon, to: lastLineEnd, insert: ` ${head}${comment}` }];
  }
  if (!onKeyLine) return [{ from: keyLineEnd, to: lastLineEnd, insert: blockText() }];
  // An inline value on the key line becomes block lines under the key; a trailing comment stays.
  const props = propsBefore(text, colon, start);
  const keep = props.anchors.length > 0 ? ` ${props.anchors.join(' ')}` : '';
  if (text.slice(end, lastLineEnd).trim() === '')
    return [{ from: colon, to: lastLineEnd, insert: keep + blockText() }];
  return [
    { from: colon, to: end, insert: keep },
    { from: lastLineEnd, to: lastLineEnd, insert: blockText() },
  ];
}

function replaceInItem(
  ctx: EditContext,
  entries: readonly BlockEntry[],
  entry: BlockEntry,
  current: Node | null,
  value: unknown,
  base: Style,
): SpliceResult {
  const { text } = ctx;
  const style = withGap(base, siblingGap(text, entries));
  const dash = entry.indicatorEnd;
  const inner = entry.col + 1 + style.gap;
  const node = sourced(current);
  if (!node) {
    const at = current?.range && text.slice(dash, current.range[0]).trim() !== '' ? current.range[0] : dash;
    const col = at === dash ? inner : columnOf(text, at) + 1;
    return [
      {
        from: at,
        to: at,
        insert: `${at === dash ? pad(style.gap) : ' '}${renderCompact(value, col, style)}`,
      },
    ];
  }
  const start = node.range?.[0] ?? dash;
  if (lineStart(text, start) !== lineStart(text, dash)) {
    const compact = renderCompact(value, inner, style, scalarStyleOf(node));
    return [{ from: dash, to: lineEnd(text, contentEnd(text, node)), insert: pad(style.gap) + compact }];
  }
  const col = columnOf(text, start);
  const literal = literalFor(ctx, node, value, entry.col + style.step, style);
  return [inlineSplice(ctx, dash, node, literal ?? renderCompact(value, col, style, scalarStyleOf(node)))];
}

/** Spaces after `-` that the items of a block list use (null when none is on its dash line). */
export function siblingGap(text: string, entries: readonly BlockEntry[]): number | null {
  for (const e of entries) {
    const start = e.value?.range?.[0];
    if (
      hasSource(e.value) &&
      start !== undefined &&
      lineStart(text, start) === lineStart(text, e.indicatorEnd)
    ) {
      const gap = start - e.indicatorEnd;
      if (gap >= 1 && text.slice(e.indicatorEnd, start).trim() === '') return gap;
    }
  }
  return null;
}

function replaceRoot(ctx: EditContext, current: Node | null, value: unknown): SpliceResult {
  const { text } = ctx;
  const style = styleAt(ctx, { kind: 'root' }, isMap(current) && !current.flow ? current : null);
  const node = sourced(current);
  if (!node) {
    const body = isBlockValue(value)
      ? renderBlock(value, 0, style).join(style.eol)
      : renderInline(value, false, style);
    const at = ctx.docEnd;
    const atLineStart = at === 0 || text[at - 1] === '\n';
    const prefix = atLineStart ? '' : style.eol;
    const suffix = at < text.length || atLineStart ? style.eol : '';
    return [{ from: at, to: at, insert: prefix + body + suffix }];
  }
  const col = columnOf(text, node.range?.[0] ?? 0);
  const literal = literalFor(ctx, node, value, style.step, style);
  const docStart = ctx.doc?.range[0] ?? 0;
  return [
    inlineSplice(
      ctx,
      Math.min(docStart, node.range?.[0] ?? 0),
      node,
      literal ?? renderCompact(value, col, style, scalarStyleOf(node)),
    ),
  ];
}
