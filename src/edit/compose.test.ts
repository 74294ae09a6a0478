import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applySplices, diffSplice } from './compose';

// The common prefix and suffix found one character at a time: what diffSplice must agree with.
function plainDiff(before: string, after: string): { from: number; to: number; insert: string }[] {
  if (before === after) return [];
  const max = Math.min(before.length, after.length);
  let start = 0;
  while (start < max && before[start] === after[start]) start++;
  let end = 0;
  while (end < max - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  return [{ from: start, to: before.length - end, insert: after.slice(start, after.length - end) }];
}

// Long texts of few letters, so the changes fall anywhere relative to the compared blocks and
// repeated runs make prefix and suffix overlap.
const text = fc.array(fc.constantFrom('a', 'b', '\n', 'é', '😀'), { maxLength: 3000 }).map((a) => a.join(''));

describe('diffSplice', () => {
  it('finds the one splice between the common prefix and suffix, wherever the change is', () => {
    fc.assert(
      fc.property(
        text,
        fc.nat(),
        fc.nat({ max: 1200 }),
        fc.string({ maxLength: 600 }),
        (before, at, cut, insert) => {
          const from = at % (before.length + 1);
          const after = before.slice(0, from) + insert + before.slice(from + cut);
          const splices = diffSplice(before, after);
          expect(splices).toEqual(plainDiff(before, after));
          expect(applySplices(before, splices)).toBe(after);
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('finds a one-character change at every offset of a text of several blocks', () => {
    const base = 'abcdefghij\n'.repeat(160);
    for (let at = 0; at < base.length; at++) {
      const replaced = `${base.slice(0, at)}#${base.slice(at + 1)}`;
      expect(diffSplice(base, replaced)).toEqual([{ from: at, to: at + 1, insert: '#' }]);
      const cut = base.slice(0, at) + base.slice(at + 1);
      expect(diffSplice(base, cut)).toEqual(plainDiff(base, cut));
    }
  });

  it('finds a keystroke in a long text at its place', () => {
    const long = 'key: value\n'.repeat(20_000);
    const at = 123_457;
    expect(diffSplice(long, `${long.slice(0, at)}x${long.slice(at)}`)).toEqual([
      { from: at, to: at, insert: 'x' },
    ]);
    expect(diffSplice(long, long)).toEqual([]);
  });
});
