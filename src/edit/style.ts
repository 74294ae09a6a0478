import { isMap, isPair, isScalar, isSeq, visit, type Document, type Node, type YAMLMap } from 'yaml';
import type { Style } from './render';
import { keyStart } from './ranges';
import { columnOf, detectEol, skipBlanks } from './text';

/** Layout numbers measured in a document, used to write new nodes like their neighbours. */
export interface Measures {
  /** Column of a nested map minus its key's column, per occurrence. */
  readonly steps: number[];
  /** Column of a block list minus its key's column, per occurrence. */
  readonly seqIndents: number[];
  /** Spaces between `-` and an item's content on the same line. */
  readonly gaps: number[];
  readonly single: number;
  readonly double: number;
}

/** Walks a document and records how it is indented and quoted. */
export function measure(text: string, doc: Document.Parsed | null): Measures {
  const m = { steps: [] as number[], seqIndents: [] as number[], gaps: [] as number[], single: 0, double: 0 };
  if (!doc) return m;
  visit(doc, {
    Scalar(_key, node) {
      if (node.type === 'QUOTE_SINGLE') m.single++;
      else if (node.type === 'QUOTE_DOUBLE') m.double++;
    },
    Map(_key, map) {
      if (map.flow) return;
      for (const pair of map.items) record(text, pair.key as Node | null, pair.value as Node | null, m);
    },
    Seq(_key, seq) {
      if (seq.flow || !seq.range) return;
      for (const item of seq.items as (Node | null)[]) {
        const start = item?.range?.[0];
        if (start === undefined) continue;
        const dash = dashBefore(text, start);
        if (dash >= 0) m.gaps.push(start - dash - 1);
      }
    },
  });
  return m;
}

function record(text: string, key: Node | null, value: Node | null, m: Measures): void {
  const k = key?.range?.[0];
  const v = value?.range?.[0];
  if (k === undefined || v === undefined || (value as { flow?: boolean }).flow) return;
  if (isMap(value) && columnOf(text, v) > columnOf(text, k))
    m.steps.push(columnOf(text, v) - columnOf(text, k));
  if (isSeq(value)) m.seqIndents.push(columnOf(text, v) - columnOf(text, k));
}

// The `-` right before an item's start on the same line (only spaces between), or -1.
function dashBefore(text: string, start: number): number {
  let i = start - 1;
  while (i >= 0 && text[i] === ' ') i--;
  return text[i] === '-' && skipBlanks(text, i + 1) === start && i + 1 < start ? i : -1;
}

function mode(values: readonly number[]): number | undefined {
  const counts = new Map<number, number>();
  let best: number | undefined;
  let bestCount = 0;
  for (const v of values) {
    const c = (counts.get(v) ?? 0) + 1;
    counts.set(v, c);
    if (c > bestCount) {
      best = v;
      bestCount = c;
    }
  }
  return best;
}

/**
 * The style for new nodes written inside `map` (null: the document root or a list): the
 * indent step and list indent its other entries use, else the map's own indent under its
 * key, else the document's most common ones (2 and "indented" when nothing tells).
 */
export function styleFor(
  text: string,
  measures: Measures,
  map: YAMLMap | null,
  parentKeyCol: number | null,
): Style {
  const local: Measures = { steps: [], seqIndents: [], gaps: [], single: 0, double: 0 };
  if (map && !map.flow) {
    for (const pair of map.items)
      if (isPair(pair)) record(text, pair.key as Node | null, pair.value as Node | null, local);
  }
  let own: number | undefined;
  if (map && parentKeyCol !== null && !map.flow && map.items[0]) {
    const start = keyStart(map.items[0]);
    if (start >= 0 && columnOf(text, start) > parentKeyCol) own = columnOf(text, start) - parentKeyCol;
  }
  const step = mode(local.steps) ?? own ?? mode(measures.steps) ?? 2;
  const seqIndent = mode(local.seqIndents) ?? mode(measures.seqIndents) ?? step;
  const gap = mode(measures.gaps) ?? 1;
  return {
    step,
    seqIndent: Math.max(0, seqIndent),
    gap: Math.max(1, gap),
    quote: measures.single > measures.double ? 'single' : 'double',
    eol: detectEol(text),
  };
}

/** True for a scalar node (used to keep its quote style). */
export function scalarStyleOf(
  node: unknown,
): 'PLAIN' | 'QUOTE_SINGLE' | 'QUOTE_DOUBLE' | 'BLOCK_LITERAL' | 'BLOCK_FOLDED' | undefined {
  if (!isScalar(node)) return undefined;
  const t = node.type;
  return t === 'PLAIN' ||
    t === 'QUOTE_SINGLE' ||
    t === 'QUOTE_DOUBLE' ||
    t === 'BLOCK_LITERAL' ||
    t === 'BLOCK_FOLDED'
    ? t
    : undefined;
}
