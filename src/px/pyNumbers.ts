/** Python `int(text, base)` and `float(text)`, as PyYAML's constructors call them. */

const DIGITS: Readonly<Record<number, RegExp>> = {
  2: /^[01]+$/,
  8: /^[0-7]+$/,
  10: /^[0-9]+$/,
  16: /^[0-9a-fA-F]+$/,
};
const PREFIX: Readonly<Record<number, string>> = { 2: '0b', 8: '0o', 16: '0x' };

/** Python `int(text, base)` for the bases PyYAML uses (whitespace, a sign and the base's prefix allowed). */
export function pyIntOf(text: string, base: 2 | 8 | 10 | 16): bigint | null {
  let s = text.trim();
  let negative = false;
  if (s.startsWith('-') || s.startsWith('+')) {
    negative = s.startsWith('-');
    s = s.slice(1);
  }
  const prefix = PREFIX[base];
  if (prefix && s.toLowerCase().startsWith(prefix)) s = s.slice(2);
  const re = DIGITS[base];
  if (!re || !re.test(s)) return null;
  const magnitude = base === 10 ? BigInt(s) : BigInt(`${prefix ?? ''}${s}`);
  return negative ? -magnitude : magnitude;
}

const PY_FLOAT_RE = /^[+-]?(?:(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:e[+-]?[0-9]+)?|inf|infinity|nan)$/;

/** Python `float(text)` on an already lower-cased text without underscores; null if it raises. */
export function pyFloatOf(text: string): number | null {
  const s = text.trim();
  if (!PY_FLOAT_RE.test(s)) return null;
  const body = s.replace(/^[+-]/, '');
  const negative = s.startsWith('-');
  if (body === 'nan') return NaN;
  if (body === 'inf' || body === 'infinity') return negative ? -Infinity : Infinity;
  return Number(s);
}
