import { isMap, isPair, isScalar, isSeq, type Document, type Node, type YAMLMap } from 'yaml';
import type { QuoteStyle } from './quoting';
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

/**
 * Walks a document and records how it is indented and quoted: depth first, each node before
 * its children and a key before its value (the order `visit` from yaml uses, which decides
 * ties between equally common values). A hand-written walk: `visit` copies the ancestor path
 * at every node, which costs more than the edit itself on a 5,000-line document.
 */
export function measure(text: string, doc: Document.Parsed | null): Measures {
  const m = { steps: [] as number[], seqIndents: [] as number[], gaps: [] as number[], single: 0, double: 0 };
  if (!doc) return m;
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isScalar(node)) {
      if (node.type === 'QUOTE_SINGLE') m.single++;
      else if (node.type === 'QUOTE_DOUBLE') m.double++;
    } else if (isPair(node)) {
      stack.push(node.value, node.key);
    } else if (isMap(node)) {
      if (!node.flow)
        for (const pair of node.items) record(text, pair.key as Node | null, pair.value as Node | null, m);
      pushReversed(stack, node.items);
    } else if (isSeq(node)) {
      if (!node.flow && node.range) recordGaps(text, node.items, m);
      pushReversed(stack, node.items);
    }
  }
  return m;
}

function pushReversed(stack: unknown[], items: readonly unknown[]): void {
  for (let i = items.length - 1; i >= 0; i--) stack.push(items[i]);
}

function recordGaps(text: string, items: readonly unknown[], m: Measures): void {
  for (const item of items) {
    const start = (item as Node | null)?.range?.[0];
    if (start === undefined) continue;
    const dash = dashBefore(text, start);
    if (dash >= 0) m.gaps.push(start - dash - 1);
  }
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
 * Measures of a document taken on first use. Most edits never need the document-wide
 * numbers (the edited map's own entries tell the indentation, and plain scalars need no
 * quote style), and walking a 5,000-line document costs more than the rest of an edit.
 */
export function lazyMeasures(text: string, doc: Document.Parsed | null): Measures {
  let taken: Measures | null = null;
  const get = (): Measures => (taken ??= measure(text, doc));
  return {
    get steps() {
      return get().steps;
    },
    get seqIndents() {
      return get().seqIndents;
    },
    get gaps() {
      return get().gaps;
    },
    get single() {
      return get().single;
    },
    get double() {
      return get().double;
    },
  };
}

/**
 * The style for new nodes written inside `map` (null: the document root or a list): the
 * indent step and list indent its other entries use, else the map's own indent under its
 * key, else the document's most common ones (2 and "indented" when nothing tells). Each
 * field is worked out when first read, so `measures` are only walked when needed.
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
  const step = once(() => mode(local.steps) ?? own ?? mode(measures.steps) ?? 2);
  const seqIndent = once(() => Math.max(0, mode(local.seqIndents) ?? mode(measures.seqIndents) ?? step()));
  const gap = once(() => Math.max(1, mode(measures.gaps) ?? 1));
  const quote = once((): QuoteStyle => (measures.single > measures.double ? 'single' : 'double'));
  return lazyStyle(step, seqIndent, gap, quote, detectEol(text));
}

/** `style` with another gap after `-` (when `gap` is not null), its other fields still lazy. */
export function withGap(style: Style, gap: number | null): Style {
  if (gap === null) return style;
  return lazyStyle(
    () => style.step,
    () => style.seqIndent,
    () => gap,
    () => style.quote,
    style.eol,
  );
}

function lazyStyle(
  step: () => number,
  seqIndent: () => number,
  gap: () => number,
  quote: () => QuoteStyle,
  eol: string,
): Style {
  return {
    get step() {
      return step();
    },
    get seqIndent() {
      return seqIndent();
    },
    get gap() {
      return gap();
    },
    get quote() {
      return quote();
    },
    eol,
  };
}

function once<T>(f: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = f();
      done = true;
    }
    return value;
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
