import { isCollection, isMap, isPair, isScalar, isSeq, type Node, type Pair } from 'yaml';
import { commentStart, lineEnd, skipBlanks } from './text';

/** True when the node has source text (a `key:` with no value has an empty null scalar). */
export function hasSource(node: unknown): boolean {
  const r = (node as Node | null | undefined)?.range;
  return !!r && r[1] > r[0];
}

/** The node when it has source text, else null. */
export function sourced(node: Node | null | undefined): Node | null {
  return node && hasSource(node) ? node : null;
}

/** True for a missing value: no node, an empty null scalar, or `~` / `null`. */
export function isNullish(node: unknown): boolean {
  return node === null || node === undefined || (isScalar(node) && node.value === null);
}

/** True for a block (not flow) map or list. */
export function isBlockCollection(node: unknown): boolean {
  return isCollection(node) && !node.flow;
}

/** True for `|` / `>` scalars. */
function isBlockScalar(node: Node): boolean {
  return isScalar(node) && (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED');
}

/** Offset just after the `:` that follows a key ending at `keyEnd`, or -1 (explicit or flow `{a}` keys). */
export function colonAfter(text: string, keyEnd: number): number {
  const i = skipBlanks(text, keyEnd);
  return text[i] === ':' ? i + 1 : -1;
}

/** Start offset of a pair's key (-1 when the key is not a node with a range). */
export function keyStart(pair: Pair): number {
  const k = pair.key as Node | null;
  return k?.range ? k.range[0] : -1;
}

/**
 * Offset just after the last character of a node's own text: the last item's value for a
 * block collection, the closing bracket of a flow collection, the last non-blank character
 * of a block scalar. Trailing comments are not included.
 */
export function contentEnd(text: string, node: Node): number {
  const r = node.range;
  if (!r) return 0;
  if (isScalar(node)) {
    if (!isBlockScalar(node)) return r[1];
    let end = r[1];
    while (end > r[0] + 1 && /\s/.test(text[end - 1] ?? '')) end--;
    return end;
  }
  if (isCollection(node) && !node.flow) {
    const last = node.items[node.items.length - 1];
    if (isMap(node) && isPair(last)) return pairEnd(text, last);
    if (isSeq(node) && last) return contentEnd(text, last as Node);
  }
  return r[1];
}

/** End of a pair's text: its value, else its `:`, else its key. */
export function pairEnd(text: string, pair: Pair): number {
  const value = pair.value as Node | null;
  const src = sourced(value);
  if (src) return contentEnd(text, src);
  const key = pair.key as Node | null;
  const keyEnd = key?.range ? contentEnd(text, key) : (value?.range?.[0] ?? 0);
  const colon = colonAfter(text, keyEnd);
  return colon >= 0 ? colon : keyEnd;
}

/** End of the line holding the end of a node's text (so its trailing comment is included). */
export function lineEndAfter(text: string, node: Node): number {
  return lineEnd(text, contentEnd(text, node));
}

/** Properties (`&anchor`, `!tag`) written between `from` and a node start, on the same line. */
export interface Props {
  /** Start of the first property, or the node start when there is none. */
  readonly start: number;
  readonly anchors: readonly string[];
  readonly hasTag: boolean;
}

/** The properties written before a node, scanning back from its start to `from`. */
export function propsBefore(text: string, from: number, nodeStart: number): Props {
  const seg = text.slice(from, nodeStart);
  const anchors: string[] = [];
  let hasTag = false;
  let start = nodeStart;
  const re = /[&!]\S*/g;
  for (let m = re.exec(seg); m; m = re.exec(seg)) {
    const before = seg.slice(0, m.index);
    if (before.includes('\n') || commentStart(seg, 0, m.index) >= 0) break;
    if (m[0].startsWith('&')) anchors.push(m[0]);
    else hasTag = true;
    start = Math.min(start, from + m.index);
  }
  return { start, anchors, hasTag };
}
