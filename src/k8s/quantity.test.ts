import { describe, expect, it } from 'vitest';
import {
  compareQuantities,
  isNegative,
  isWholeNumber,
  isZero,
  parseQuantity,
  quantityToNumber,
  type Quantity,
} from './quantity';

function q(text: string): Quantity {
  const parsed = parseQuantity(text);
  if (!parsed.ok) throw new Error(`${text}: ${parsed.reason}`);
  return parsed.quantity;
}

function reason(text: string): string {
  const parsed = parseQuantity(text);
  if (parsed.ok) throw new Error(`${text} unexpectedly parsed`);
  return parsed.reason;
}

function value(text: string): [bigint, bigint] {
  const quantity = q(text);
  return [quantity.numerator, quantity.denominator];
}

describe('parseQuantity: accepted forms', () => {
  it.each([
    ['64Mi', 64n * 2n ** 20n, 1n, 'binarySI'],
    ['50m', 1n, 20n, 'decimalSI'],
    ['0.5', 1n, 2n, 'decimalSI'],
    ['1e3', 1000n, 1n, 'decimalExponent'],
    ['1E3', 1000n, 1n, 'decimalExponent'],
    ['1.5Gi', 3n * 2n ** 29n, 1n, 'binarySI'],
    ['+1', 1n, 1n, 'decimalSI'],
    ['.5', 1n, 2n, 'decimalSI'],
    ['-1', -1n, 1n, 'decimalSI'],
    ['1.', 1n, 1n, 'decimalSI'],
    ['2k', 2000n, 1n, 'decimalSI'],
    ['1E', 10n ** 18n, 1n, 'decimalSI'],
    ['3n', 3n, 1_000_000_000n, 'decimalSI'],
    ['7u', 7n, 1_000_000n, 'decimalSI'],
    ['1e-3', 1n, 1000n, 'decimalExponent'],
    ['1e+3', 1000n, 1n, 'decimalExponent'],
    ['007', 7n, 1n, 'decimalSI'],
    ['0', 0n, 1n, 'decimalSI'],
    ['0.0Mi', 0n, 1n, 'binarySI'],
  ] as const)('%s', (text, numerator, denominator, format) => {
    const quantity = q(text);
    expect([quantity.numerator, quantity.denominator]).toEqual([numerator, denominator]);
    expect(quantity.format).toBe(format);
    expect(quantity.text).toBe(text);
    expect(quantity.rounded).toBe(false);
    expect(quantity.capped).toBe(false);
  });

  it('keeps the suffix as written', () => {
    expect(q('64Mi').suffix).toBe('Mi');
    expect(q('1e3').suffix).toBe('e3');
    expect(q('12').suffix).toBe('');
  });
});

describe('parseQuantity: rejected forms', () => {
  it.each([
    ['1e3.5', "the exponent after 'e' must be a whole number (e.g. 1e3, not 1e3.5)"],
    ['1 Gi', "must not contain spaces; write '1Gi'"],
    [' 1Gi', "must not have spaces around it; write '1Gi'"],
    ['512MB', "unknown suffix 'MB'; use Mi (2^20) or M (10^6)"],
    ['1GB', "unknown suffix 'GB'; use Gi (2^30) or G (10^9)"],
    ['2K', "unknown suffix 'K'; use k (10^3) or Ki (2^10)"],
    ['100mi', "unknown suffix 'mi'; use Mi (2^20)"],
    ['1MiB', "unknown suffix 'MiB'; use Mi (2^20)"],
    ['1Gb', "unknown suffix 'Gb'; use Gi (2^30) or G (10^9)"],
    ['1g', "unknown suffix 'g'; use G (10^9) or Gi (2^30)"],
    ['1e', "an exponent needs digits after 'e' (e.g. 1e3)"],
    ['1.5.5', 'has more than one decimal point'],
    ['1,5', "use '.' as the decimal separator, not ','"],
  ])('%j: %s', (text, expected) => {
    expect(reason(text)).toBe(expected);
  });

  it.each([
    '',
    '+',
    '-',
    '.',
    '+.',
    'Gi',
    'abc',
    '--1',
    'Mi1',
    '1Ki5',
    '1mm',
    '1KiB',
    '1x',
    '0x10',
    'NaN',
    '∞',
  ])('rejects %j', (text) => {
    expect(parseQuantity(text).ok).toBe(false);
  });

  it('explains common unit words', () => {
    expect(reason('2cores')).toMatch(/CPU is counted in cores/);
    expect(reason('100bytes')).toMatch(/plain numbers of bytes/);
  });
});

describe('parseQuantity: limits', () => {
  it('rounds values finer than 1n up, like Kubernetes', () => {
    const tiny = q('0.1n');
    expect([tiny.numerator, tiny.denominator]).toEqual([1n, 1_000_000_000n]);
    expect(tiny.rounded).toBe(true);
    expect(value('-0.1n')).toEqual([-1n, 1_000_000_000n]);
    expect(value('1.0000000001')).toEqual([1_000_000_001n, 1_000_000_000n]);
    expect(value('0.9999999999')).toEqual([1n, 1n]);
    expect(value('1e-20')).toEqual([1n, 1_000_000_000n]);
  });

  it('caps binary values at 2^63-1', () => {
    const big = q('8Ei');
    expect([big.numerator, big.denominator]).toEqual([2n ** 63n - 1n, 1n]);
    expect(big.capped).toBe(true);
    expect(q('7Ei').capped).toBe(false);
  });

  it('keeps large decimal values exact below 10^64', () => {
    expect(value('1e30')).toEqual([10n ** 30n, 1n]);
    expect(value('9E')).toEqual([9n * 10n ** 18n, 1n]);
  });

  it('handles absurd exponents quickly', () => {
    const start = Date.now();
    expect(reason('1e999999')).toMatch(/^is far too large \(about 10\^999999\)/);
    expect(reason('1e99999999999999999999')).toMatch(/out of range/);
    expect(value('1e-999999')).toEqual([1n, 1_000_000_000n]);
    expect(value('0e999999')).toEqual([0n, 1n]);
    expect(value('-1e-2147483647')).toEqual([-1n, 1_000_000_000n]);
    expect(parseQuantity('9'.repeat(1001)).ok).toBe(false);
    expect(Date.now() - start).toBeLessThan(500);
  });
});

describe('comparisons and predicates', () => {
  it('orders quantities by exact value', () => {
    expect(compareQuantities(q('1Gi'), q('1000Mi'))).toBeGreaterThan(0);
    expect(compareQuantities(q('1000Mi'), q('1Gi'))).toBeLessThan(0);
    expect(compareQuantities(q('1000m'), q('1'))).toBe(0);
    expect(compareQuantities(q('0.1'), q('100m'))).toBe(0);
    expect(compareQuantities(q('1k'), q('1Ki'))).toBeLessThan(0);
    expect(compareQuantities(q('1e3'), q('1k'))).toBe(0);
    expect(compareQuantities(q('-1'), q('0'))).toBeLessThan(0);
    expect(compareQuantities(q('1G'), q('1e9'))).toBe(0);
    expect(compareQuantities(q('500m'), q('0.5'))).toBe(0);
  });

  it('tells whole numbers, zero and negatives apart', () => {
    expect(isWholeNumber(q('1000m'))).toBe(true);
    expect(isWholeNumber(q('1.5Ki'))).toBe(true);
    expect(isWholeNumber(q('1e3'))).toBe(true);
    expect(isWholeNumber(q('100m'))).toBe(false);
    expect(isWholeNumber(q('0.5'))).toBe(false);
    expect(isZero(q('0m'))).toBe(true);
    expect(isZero(q('-0'))).toBe(true);
    expect(isZero(q('1n'))).toBe(false);
    expect(isNegative(q('-0'))).toBe(false);
    expect(isNegative(q('-1m'))).toBe(true);
    expect(isNegative(q('1'))).toBe(false);
  });

  it('converts to an approximate number', () => {
    expect(quantityToNumber(q('64Mi'))).toBe(67108864);
    expect(quantityToNumber(q('250m'))).toBe(0.25);
    expect(quantityToNumber(q('1e30'))).toBeCloseTo(1e30, -15);
  });
});
