import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareQuantities, parseQuantity, quantityToNumber } from './quantity';

const GRAMMAR = /^[+-]?(\d+(\.\d*)?|\.\d+)(([KMGTPE]i)|[numkMGTPE]|[eE][+-]?\d+)?$/;

/** Strings built from the characters quantities are made of, so the grammar gets exercised. */
const quantityish = fc
  .array(fc.constantFrom(...'0123456789.+-eEinumkKMGTPB '.split(''), 'Mi', 'Gi', 'Ki', 'e3'), {
    maxLength: 12,
  })
  .map((parts) => parts.join(''));

describe('parseQuantity properties', () => {
  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40, unit: 'binary' }), (text) => {
        const result = parseQuantity(text);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
  });

  it('accepts exactly the Kubernetes grammar (short exponents)', () => {
    fc.assert(
      fc.property(quantityish, (text) => {
        const result = parseQuantity(text);
        const exponent = /[eE][+-]?(\d+)$/.exec(text);
        const hugeExponent = exponent !== null && Number(exponent[1]) > 40;
        if (!hugeExponent) expect(result.ok).toBe(GRAMMAR.test(text));
        if (!result.ok) expect(result.reason.length).toBeGreaterThan(0);
      }),
      { numRuns: 3000 },
    );
  });

  it('agrees with floating point on plain decimals', () => {
    const decimal = fc
      .tuple(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.integer({ min: 0, max: 6 }))
      .map(([n, places]) => (n / 10 ** places).toFixed(places));
    fc.assert(
      fc.property(decimal, decimal, (a, b) => {
        const left = parseQuantity(a);
        const right = parseQuantity(b);
        if (!left.ok || !right.ok) throw new Error(`${a} or ${b} did not parse`);
        expect(quantityToNumber(left.quantity)).toBeCloseTo(Number(a), 9);
        expect(Math.sign(compareQuantities(left.quantity, right.quantity)) + 0).toBe(
          Math.sign(Number(a) - Number(b)) + 0,
        );
      }),
      { numRuns: 1000 },
    );
  });
});
