import type { Splice } from './context';

/** Applies sorted, non-overlapping splices (offsets into `text`). */
export function applySplices(text: string, splices: readonly Splice[]): string {
  let out = '';
  let at = 0;
  for (const s of splices) {
    out += text.slice(at, s.from) + s.insert;
    at = s.to;
  }
  return out + text.slice(at);
}

/** True when the splices are sorted, non-overlapping and inside a text of this length. */
export function splicesValid(splices: readonly Splice[], length: number): boolean {
  let at = 0;
  for (const s of splices) {
    if (s.from < at || s.to < s.from || s.to > length) return false;
    at = s.to;
  }
  return true;
}

// Maps an offset in the text after `splices` back to the text before them. An offset inside
// (or at the edge of) a replaced part maps to that part's start or end, so ranges only grow.
function mapBack(splices: readonly Splice[], p: number, side: 'start' | 'end'): number {
  let delta = 0;
  for (const s of splices) {
    const outFrom = s.from + delta;
    if (p < outFrom) return p - delta;
    if (p <= outFrom + s.insert.length) return side === 'start' ? s.from : s.to;
    delta += s.insert.length - (s.to - s.from);
  }
  return p - delta;
}

// Maps an offset in the text before `splices` forward to the text after them.
function mapForward(splices: readonly Splice[], o: number, side: 'start' | 'end'): number {
  let delta = 0;
  for (const s of splices) {
    if (o < s.from) return o + delta;
    if (o <= s.to) return side === 'start' ? s.from + delta : s.from + delta + s.insert.length;
    delta += s.insert.length - (s.to - s.from);
  }
  return o + delta;
}

/**
 * Turns the splices of edits applied one after another (each in the offsets of the text it
 * was applied to) into splices on the original text that produce `final`. Overlapping
 * changes merge into one splice.
 */
export function composeSplices(
  original: string,
  steps: readonly (readonly Splice[])[],
  final: string,
): Splice[] {
  const ranges: [number, number][] = [];
  steps.forEach((splices, k) => {
    for (const s of splices) {
      let a = s.from;
      let b = s.to;
      for (let j = k - 1; j >= 0; j--) {
        const prev = steps[j] ?? [];
        a = mapBack(prev, a, 'start');
        b = mapBack(prev, b, 'end');
      }
      ranges.push([a, Math.max(a, b)]);
    }
  });
  ranges.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  const out: Splice[] = [];
  for (const [from, to] of merged) {
    let a = from;
    let b = to;
    for (const splices of steps) {
      a = mapForward(splices, a, 'start');
      b = mapForward(splices, b, 'end');
    }
    const insert = final.slice(a, b);
    if (insert !== original.slice(from, to)) out.push({ from, to, insert });
  }
  if (applySplices(original, out) === final) return out;
  return diffSplice(original, final);
}

/** One splice covering everything between the common prefix and suffix of two texts. */
export function diffSplice(before: string, after: string): Splice[] {
  if (before === after) return [];
  const max = Math.min(before.length, after.length);
  // Equal blocks are skipped whole (string comparison runs natively), then single characters:
  // a keystroke in a 200 KB text is found in well under a millisecond.
  let start = 0;
  while (start + BLOCK <= max && before.slice(start, start + BLOCK) === after.slice(start, start + BLOCK)) {
    start += BLOCK;
  }
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  const room = max - start;
  while (
    end + BLOCK <= room &&
    before.slice(before.length - end - BLOCK, before.length - end) ===
      after.slice(after.length - end - BLOCK, after.length - end)
  ) {
    end += BLOCK;
  }
  while (
    end < room &&
    before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)
  ) {
    end++;
  }
  return [{ from: start, to: before.length - end, insert: after.slice(start, after.length - end) }];
}

const BLOCK = 512;
