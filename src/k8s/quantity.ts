/**
 * Exact Kubernetes `resource.Quantity` parsing and comparison (apimachinery
 * `pkg/api/resource/quantity.go`, `ParseQuantity`), with BigInt arithmetic.
 *
 * Grammar: `^[+-]?(\d+(\.\d*)?|\.\d+)(([KMGTPE]i)|[numkMGTPE]|[eE][+-]?\d+)?$`; no spaces,
 * suffixes are case-sensitive.
 *
 * What Kubernetes does to the value, mirrored here:
 * - it keeps at most nine decimal places: any non-zero value that is not a whole number of
 *   nano-units is rounded away from zero to the next 1n (`0.1n` → `1n`, `1e-20` → `1n`);
 * - a binary-suffixed value above 2^63-1 is capped at 2^63-1 (`8Ei` → 9223372036854775807).
 *
 * Where this module is stricter than `ParseQuantity` (all with a clear reason):
 * - decimal values of 10^64 or more are rejected as too large instead of being stored
 *   (Kubernetes parses them, but nothing can use them: counters are int64, ≈ 9.2e18);
 * - exponents beyond ±2147483647 are rejected (Kubernetes silently wraps them to int32, or
 *   rejects them past int64), and texts longer than {@link MAX_QUANTITY_LENGTH} are rejected;
 * - a lone sign or dot (`+`, `-`, `.`), which Go's scanner reads as zero, is rejected because
 *   it does not match the grammar;
 * - surrounding spaces are rejected, although Kubernetes' JSON decoding trims them, because the
 *   quantity pattern in controller-generated CRD schemas (like Polyaxon's) allows none.
 */
import { lookupSuffix, suffixAdvice, type QuantityFormat } from './quantitySuffix';

export type { QuantityFormat } from './quantitySuffix';

/** A parsed quantity. Its exact value is `numerator / denominator` (reduced, denominator > 0). */
export interface Quantity {
  /** The text as written. */
  readonly text: string;
  /** The suffix as written (`''` for none). */
  readonly suffix: string;
  /**
   * Which kind of suffix was written. (When Kubernetes re-serializes a binarySI value between 0
   * and 1 it labels it decimalSI; that relabelling is not mirrored.)
   */
  readonly format: QuantityFormat;
  readonly numerator: bigint;
  readonly denominator: bigint;
  /** Kubernetes rounded the written value up to the next nano-unit (1n). */
  readonly rounded: boolean;
  /** Kubernetes capped the written value at 2^63-1 (binary suffixes only). */
  readonly capped: boolean;
}

/** Result of {@link parseQuantity}: the quantity, or why the text is not one. */
export type ParseQuantityResult = { ok: true; quantity: Quantity } | { ok: false; reason: string };

/** Longest text {@link parseQuantity} looks at. */
export const MAX_QUANTITY_LENGTH = 1000;
/** Decimal values must stay below 10^MAX_DECIMAL_DIGITS. */
export const MAX_DECIMAL_DIGITS = 64;

const NANO = 1_000_000_000n;
const MAX_INT64 = 2n ** 63n - 1n;
const NUMBER_RE = /^([+-]?)(?:(\d+)(?:\.(\d*))?|\.(\d+))/;
const EXAMPLES = 'such as 500m, 0.5, 2, 1e3, 64Mi or 1.5Gi';

/** Parses a Kubernetes quantity exactly. Never throws. */
export function parseQuantity(text: string): ParseQuantityResult {
  if (text.length === 0) return fail(`an empty string is not a quantity; write a number ${EXAMPLES}`);
  if (text.length > MAX_QUANTITY_LENGTH)
    return fail(`is too long (more than ${MAX_QUANTITY_LENGTH} characters)`);
  if (/\s/.test(text)) return fail(whitespaceReason(text));
  const number = NUMBER_RE.exec(text);
  if (!number) return fail(numberReason(text));
  const sign = number[1] ?? '';
  const whole = number[2] ?? '';
  const fraction = number[3] ?? number[4] ?? '';
  const suffix = text.slice(number[0].length);
  const info = lookupSuffix(suffix);
  if (!info) return fail(suffixAdvice(suffix));

  let digits = (whole + fraction).replace(/^0+/, '');
  let pow10 = info.pow10 - fraction.length;
  if (digits === '') return ok(text, suffix, info.format, 0n, false, false);
  const significant = digits.replace(/0+$/, '');
  pow10 += digits.length - significant.length;
  digits = significant;

  const order = digits.length + pow10;
  if (info.format !== 'binarySI' && order > MAX_DECIMAL_DIGITS) {
    return fail(
      `is far too large (about 10^${order - 1}); Kubernetes quantities are meant to stay below 2^63-1 (about 9.2e18)`,
    );
  }
  let nanos: bigint;
  let rounded = false;
  if (info.pow2 === 0 && order <= -9) {
    nanos = 1n;
    rounded = true;
  } else {
    const scaled = BigInt(digits) << BigInt(info.pow2);
    const shift = pow10 + 9;
    if (shift >= 0) {
      nanos = scaled * 10n ** BigInt(shift);
    } else {
      const divisor = 10n ** BigInt(-shift);
      nanos = scaled / divisor;
      if (scaled % divisor !== 0n) {
        nanos += 1n;
        rounded = true;
      }
    }
  }
  let capped = false;
  if (info.format === 'binarySI' && nanos > MAX_INT64 * NANO) {
    nanos = MAX_INT64 * NANO;
    capped = true;
  }
  return ok(text, suffix, info.format, sign === '-' ? -nanos : nanos, rounded, capped);
}

/** Compares two quantities by value: negative if a < b, 0 if equal, positive if a > b. */
export function compareQuantities(a: Quantity, b: Quantity): number {
  const left = a.numerator * b.denominator;
  const right = b.numerator * a.denominator;
  return left < right ? -1 : left > right ? 1 : 0;
}

/** True when the value is below zero (`-0` is not negative). */
export function isNegative(q: Quantity): boolean {
  return q.numerator < 0n;
}

/** True when the value is zero. */
export function isZero(q: Quantity): boolean {
  return q.numerator === 0n;
}

/** True when the value is an integer (`1000m`, `1.5Ki`, `1e3`; not `0.5` or `100m`). */
export function isWholeNumber(q: Quantity): boolean {
  return q.denominator === 1n;
}

/** The value as a JavaScript number, approximately (for display and sorting only). */
export function quantityToNumber(q: Quantity): number {
  return Number(q.numerator) / Number(q.denominator);
}

function ok(
  text: string,
  suffix: string,
  format: QuantityFormat,
  nanos: bigint,
  rounded: boolean,
  capped: boolean,
): ParseQuantityResult {
  const divisor = gcd(nanos < 0n ? -nanos : nanos, NANO);
  const quantity: Quantity = {
    text,
    suffix,
    format,
    numerator: nanos / divisor,
    denominator: NANO / divisor,
    rounded,
    capped,
  };
  return { ok: true, quantity };
}

function fail(reason: string): ParseQuantityResult {
  return { ok: false, reason };
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a;
  let y = b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

function whitespaceReason(text: string): string {
  const joined = text.replace(/\s+/g, '');
  const fixed = joined !== '' && parseQuantity(joined).ok ? `; write '${joined}'` : '';
  if (text.trim() !== text && !/\s/.test(text.trim())) return `must not have spaces around it${fixed}`;
  return `must not contain spaces${fixed}`;
}

function numberReason(text: string): string {
  if (/^[+-]$/.test(text)) return `a sign must be followed by a number ${EXAMPLES}`;
  if (/^[+-]?\./.test(text)) return `'.' must be followed by digits, as in 0.5 or .5`;
  if (/^[+-][+-]/.test(text)) return 'has more than one sign';
  return `must start with a number, ${EXAMPLES}`;
}
