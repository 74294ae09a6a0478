import type { PyValue } from '../yaml/pyValue';
import { isPyDate, pyTimestampStr } from './pyTime';

/**
 * How Python writes its values as text: `repr()` of a float, `str()` of any value (used for
 * dict keys), and short descriptions for messages.
 */

/** The shortest round-trip digits of a finite, non-zero |x| and its decimal exponent (d.ddd × 10^exp). */
export function shortestDigits(x: number): { digits: string; exp: number } {
  // toExponential() without an argument gives the shortest digits that read back as x.
  const [mantissa = '0', exponent = '0'] = Math.abs(x).toExponential().split('e');
  return { digits: mantissa.replace('.', ''), exp: Number(exponent) };
}

/** Writes digits × 10^exp in fixed notation, always with a fraction part (`100.0`, `0.001`). */
export function fixedNotation(digits: string, exp: number): string {
  if (exp < 0) return `0.${'0'.repeat(-exp - 1)}${digits}`;
  const whole = digits.slice(0, exp + 1).padEnd(exp + 1, '0');
  const fraction = digits.slice(exp + 1);
  return `${whole}.${fraction === '' ? '0' : fraction}`;
}

/** Writes digits × 10^exp as `d.ddd` + `e` + the exponent text. */
export function scientificNotation(digits: string, exponentText: string): string {
  const head = digits.length > 1 ? `${digits[0] ?? ''}.${digits.slice(1)}` : digits;
  return `${head}e${exponentText}`;
}

/**
 * Python `repr(float)` (= `str(float)`): `1.1`, `100.0`, `1e+16`, `1e-05`, `inf`, `nan`, `-0.0`.
 * Fixed notation when -4 <= exponent < 16, otherwise scientific with at least 2 exponent digits.
 */
export function pyFloatRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const sign = x < 0 ? '-' : '';
  const { digits, exp } = shortestDigits(x);
  if (exp >= -4 && exp < 16) return sign + fixedNotation(digits, exp);
  const expText = `${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  return sign + scientificNotation(digits, expText);
}

/** Python `repr(str)`: single quotes unless the text has a `'` and no `"`. */
export function pyStrRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = '';
  for (const ch of s) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === quote || ch === '\\') out += `\\${ch}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (code < 0x20 || (code >= 0x7f && code < 0xa0)) out += `\\x${code.toString(16).padStart(2, '0')}`;
    else out += ch;
  }
  return quote + out + quote;
}

/** Python `repr()` of a value (lists and dicts as Python prints them). */
export function pyRepr(v: PyValue): string {
  switch (v.kind) {
    case 'str':
      return pyStrRepr(v.value);
    case 'timestamp': {
      const s = pyTimestampStr(v.text);
      return isPyDate(v.text) ? `datetime.date(${s})` : `datetime.datetime(${s})`;
    }
    case 'list':
      return `[${v.items.map(pyRepr).join(', ')}]`;
    case 'map':
      return `{${v.entries.map(([k, val]) => `${pyRepr(k)}: ${pyRepr(val)}`).join(', ')}}`;
    default:
      return pyStr(v);
  }
}

/** Python `str()` of a value: `None`, `True`, `1.0`, `2024-01-01`, `[1, 'a']`. */
export function pyStr(v: PyValue): string {
  switch (v.kind) {
    case 'null':
      return 'None';
    case 'bool':
      return v.value ? 'True' : 'False';
    case 'int':
      return v.value.toString();
    case 'float':
      return pyFloatRepr(v.value);
    case 'str':
      return v.value;
    case 'timestamp':
      return pyTimestampStr(v.text);
    case 'list':
    case 'map':
      return pyRepr(v);
  }
}

/** The Python type names a loaded value can have. */
export type PyTypeName =
  'str' | 'int' | 'float' | 'bool' | 'NoneType' | 'date' | 'datetime' | 'list' | 'dict';

/** Python's type name of a value: `str`, `int`, `float`, `bool`, `NoneType`, `date`, `datetime`, `list`, `dict`. */
export function pyTypeName(v: PyValue): PyTypeName {
  switch (v.kind) {
    case 'null':
      return 'NoneType';
    case 'timestamp':
      return isPyDate(v.text) ? 'date' : 'datetime';
    case 'map':
      return 'dict';
    default:
      return v.kind;
  }
}

/** A short description for messages: `int 5`, `float 1.5`, `bool true`, `str "x"`, `date 2024-01-01`, `a list`. */
export function describePy(v: PyValue): string {
  switch (v.kind) {
    case 'null':
      return 'null';
    case 'bool':
      return `bool ${String(v.value)}`;
    case 'str':
      return `str ${JSON.stringify(v.value)}`;
    case 'list':
      return 'a list';
    case 'map':
      return 'a mapping';
    default:
      return `${pyTypeName(v)} ${pyStr(v)}`;
  }
}
