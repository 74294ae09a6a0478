/**
 * Python source literals for JSON-like values, written the way `black` leaves them:
 * double quotes unless single quotes need fewer escapes, Python `repr` escapes,
 * `repr` floats with black's exponent normalisation.
 */

/** Unicode classes Python's `str.isprintable()` rejects: Other (C*) and Separator (Z*). */
const NOT_PRINTABLE = /^[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]$/u;

function hex(cp: number, width: number): string {
  return cp.toString(16).padStart(width, '0');
}

/** The escape Python's `repr` uses for one code point, or null when it is written as is. */
function escapeOf(ch: string, cp: number, quote: string): string | null {
  if (ch === '\\') return '\\\\';
  if (ch === quote) return `\\${quote}`;
  if (ch === '\n') return '\\n';
  if (ch === '\r') return '\\r';
  if (ch === '\t') return '\\t';
  const surrogate = cp >= 0xd800 && cp <= 0xdfff;
  if (ch !== ' ' && (surrogate || NOT_PRINTABLE.test(ch))) {
    if (cp < 0x100) return `\\x${hex(cp, 2)}`;
    if (cp < 0x10000) return `\\u${hex(cp, 4)}`;
    return `\\U${hex(cp, 8)}`;
  }
  return null;
}

/**
 * A Python string literal for `s` as black writes it: double-quoted unless the text has
 * fewer `'` than `"` (then single quotes save escapes); backslashes, the quote, `\n`,
 * `\r`, `\t` and characters Python does not print (controls, format characters,
 * separators other than the space, lone surrogates) are escaped like `repr` does;
 * every other character, ASCII or not, is kept as is.
 */
export function pythonString(s: string): string {
  let singles = 0;
  let doubles = 0;
  for (const ch of s) {
    if (ch === "'") singles++;
    else if (ch === '"') doubles++;
  }
  const quote = singles < doubles ? "'" : '"';
  let body = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    body += escapeOf(ch, cp, quote) ?? ch;
  }
  return `${quote}${body}${quote}`;
}

/**
 * A Python number literal. Integral values become ints (exact digits, also past 2^53);
 * other values are Python's `repr` of the float (shortest round-trip digits, exponent form
 * below 1e-4) with black's spelling of the exponent (`1e-05`). NaN and infinities, which
 * have no literal, become `float("nan")`, `float("inf")` and `-float("inf")`.
 */
export function pythonNumber(n: number): string {
  if (Number.isNaN(n)) return 'float("nan")';
  if (!Number.isFinite(n)) return n > 0 ? 'float("inf")' : '-float("inf")';
  if (Number.isInteger(n)) {
    if (n === 0) return '0';
    return Math.abs(n) < 1e21 ? String(n) : BigInt(n).toString();
  }
  const [mantissa = '', exponent = '0'] = n.toExponential().split('e');
  const negative = mantissa.startsWith('-');
  const digits = mantissa.replace('-', '').replace('.', '');
  // Python's decpt: the value is 0.<digits> * 10**decpt.
  const decpt = Number(exponent) + 1;
  let text: string;
  if (decpt > -4 && decpt <= 16) {
    // Not integral, so the point falls inside or before the digits.
    text =
      decpt <= 0 ? `0.${'0'.repeat(-decpt)}${digits}` : `${digits.slice(0, decpt)}.${digits.slice(decpt)}`;
  } else {
    const e = decpt - 1;
    const head = digits.length > 1 ? `${digits[0] ?? ''}.${digits.slice(1)}` : digits;
    // repr writes `e+17` / `e-05`; black drops the `+` and keeps the digits.
    text = `${head}e${e < 0 ? '-' : ''}${String(Math.abs(e)).padStart(2, '0')}`;
  }
  return negative ? `-${text}` : text;
}
