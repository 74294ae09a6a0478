import type { PyScalar } from './pyValue';

/**
 * go-yaml v2 (`gopkg.in/yaml.v2` / `go.yaml.in/yaml/v2` 2.4, used by sigs.k8s.io/yaml and so by
 * kubectl) resolution of scalars, decoded into `interface{}` as sigs.k8s.io/yaml does.
 *
 * Facts from go-yaml v2.4.0 resolve.go / decode.go:
 * - a table lookup first: `y Y yes Yes YES true True TRUE on On ON` → true, the `n`/`no`/`false`/
 *   `off` spellings → false, `"" ~ null Null NULL` → null, `.nan`, `[+-].inf` spellings → floats;
 * - the first character picks the rest: letters `yYnNtTfFoO~` only use the table; `.` tries
 *   `strconv.ParseFloat`; a digit or sign tries a timestamp, then (underscores removed)
 *   `ParseInt(s, 0, 64)` (so `0x1F`, `0o17`, `0b101`, `0777` octal), `ParseUint`, a YAML-style
 *   float, and a legacy `0b` branch; anything else is a string;
 * - no base-60 numbers (`12:30` is a string);
 * - a timestamp decoded into `interface{}` stays a string ("for backward compatibility");
 * - Go 1.13+ `ParseInt` rules for base 0 (kubectl is built with a recent Go).
 */

const TABLE: ReadonlyMap<string, PyScalar> = new Map<string, PyScalar>([
  ...['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON'].map(
    (s): [string, PyScalar] => [s, { kind: 'bool', value: true }],
  ),
  ...['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF'].map(
    (s): [string, PyScalar] => [s, { kind: 'bool', value: false }],
  ),
  ...['', '~', 'null', 'Null', 'NULL'].map((s): [string, PyScalar] => [s, { kind: 'null' }]),
  ...['.nan', '.NaN', '.NAN'].map((s): [string, PyScalar] => [s, { kind: 'float', value: NaN }]),
  ...['.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF'].map((s): [string, PyScalar] => [
    s,
    { kind: 'float', value: Infinity },
  ]),
  ...['-.inf', '-.Inf', '-.INF'].map((s): [string, PyScalar] => [s, { kind: 'float', value: -Infinity }]),
]);

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const UINT64_MAX = 2n ** 64n - 1n;

const GO_DIGITS: Readonly<Record<number, RegExp>> = {
  2: /^[01]+$/,
  8: /^[0-7]+$/,
  10: /^[0-9]+$/,
  16: /^[0-9a-fA-F]+$/,
};

/** Go `strconv.ParseUint(s, base, 64)` for base 0 (prefix decides) or a fixed base; null on error. */
function goParseUint(s: string, base: 0 | 2): bigint | null {
  let digits = s;
  let radix: 2 | 8 | 10 | 16 = base === 2 ? 2 : 10;
  if (base === 0) {
    const prefix = s.slice(0, 2).toLowerCase();
    if (prefix === '0x') [radix, digits] = [16, s.slice(2)];
    else if (prefix === '0o') [radix, digits] = [8, s.slice(2)];
    else if (prefix === '0b') [radix, digits] = [2, s.slice(2)];
    else if (s.length > 1 && s.startsWith('0')) [radix, digits] = [8, s.slice(1)];
  }
  const re = GO_DIGITS[radix];
  if (!re || !re.test(digits)) return null;
  const prefixes: Record<number, string> = { 2: '0b', 8: '0o', 10: '', 16: '0x' };
  const value = BigInt(`${prefixes[radix] ?? ''}${digits}`);
  return value > UINT64_MAX ? null : value;
}

/** Go `strconv.ParseInt(s, base, 64)`: an optional sign, then ParseUint, then the int64 range. */
function goParseInt(s: string, base: 0 | 2): bigint | null {
  const negative = s.startsWith('-');
  const body = s.startsWith('-') || s.startsWith('+') ? s.slice(1) : s;
  const magnitude = goParseUint(body, base);
  if (magnitude === null) return null;
  const value = negative ? -magnitude : magnitude;
  return value < INT64_MIN || value > INT64_MAX ? null : value;
}

/** Go `strconv.ParseFloat` for decimal text; overflow (±Inf) is an error, as in Go. */
function goParseFloat(s: string): number | null {
  if (!/^[-+]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?$/.test(s)) return null;
  const value = Number(s);
  return Number.isFinite(value) ? value : null;
}

const YAML_STYLE_FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;

/** The first four characters are digits followed by `-`: go-yaml's quick check before time.Parse. */
function looksLikeTimestamp(s: string): boolean {
  return /^[0-9]{4}-/.test(s);
}

/** go-yaml v2's timestamp formats, tried by time.Parse: date, `T`/`t` + RFC 3339 zone, or space and no zone. */
const GO_TIMESTAMP =
  /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt][0-9]{1,2}:[0-9]{1,2}:[0-9]{1,2}(?:\.[0-9]+)?(?:Z|[-+][0-9]{2}:[0-9]{2})|\s[0-9]{1,2}:[0-9]{1,2}:[0-9]{1,2}(?:\.[0-9]+)?)?$/;

/**
 * The value go-yaml v2 decodes from a plain scalar into `interface{}` (what kubectl sends):
 * `y`/`n`/`yes`/`on`/`off` → booleans, `0777` → 511, `0o17` → 15, `0x1F` → 31, `1_000` → 1000,
 * `1e3` → 1000.0, `.5` → 0.5, `08` → 8.0, `12:30` and `2024-01-01` → strings.
 */
export function resolvePlainGo(source: string): PyScalar {
  const str: PyScalar = { kind: 'str', value: source };
  const fromTable = TABLE.get(source);
  if (fromTable) return fromTable;
  const first = source[0] ?? '';
  if (first === '.') {
    const f = goParseFloat(source);
    return f === null ? str : { kind: 'float', value: f };
  }
  if (!/[-+0-9]/.test(first)) return str;
  // go-yaml tries a timestamp here, but decoded into interface{} it stays its own text, and no
  // timestamp parses as a number, so skipping that step gives the same result.
  const plain = source.replace(/_/g, '');
  const asInt =
    goParseInt(plain, 0) ?? (plain.startsWith('+') || plain.startsWith('-') ? null : goParseUint(plain, 0));
  if (asInt !== null) return { kind: 'int', value: asInt };
  if (YAML_STYLE_FLOAT.test(plain)) {
    const f = goParseFloat(plain);
    if (f !== null) return { kind: 'float', value: f };
  }
  if (plain.startsWith('0b')) {
    const bin = goParseInt(plain.slice(2), 2) ?? goParseUint(plain.slice(2), 2);
    if (bin !== null) return { kind: 'int', value: bin };
  } else if (plain.startsWith('-0b')) {
    const bin = goParseInt(`-${plain.slice(3)}`, 2);
    if (bin !== null) return { kind: 'int', value: bin };
  }
  return str;
}

/** The decoded value for an explicitly tagged scalar, or go-yaml's error ("cannot decode !!str `x` as a !!int"). */
export function resolveTaggedGo(
  tag: string,
  text: string,
): { readonly ok: true; readonly value: PyScalar } | { readonly ok: false; readonly error: string } {
  const str: PyScalar = { kind: 'str', value: text };
  const known = ['str', 'binary', 'bool', 'int', 'float', 'null', 'timestamp'];
  if (!known.includes(tag) || tag === 'str' || tag === 'binary') return { ok: true, value: str };
  if (tag === 'timestamp') {
    return looksLikeTimestamp(text) && GO_TIMESTAMP.test(text)
      ? { ok: true, value: str }
      : { ok: false, error: `cannot decode !!str \`${text}\` as a !!timestamp` };
  }
  const value = resolvePlainGo(text);
  const got =
    value.kind === 'str' && looksLikeTimestamp(text) && GO_TIMESTAMP.test(text) ? 'timestamp' : value.kind;
  if (got === tag) return { ok: true, value };
  if (tag === 'float' && value.kind === 'int')
    return { ok: true, value: { kind: 'float', value: Number(value.value) } };
  return { ok: false, error: `cannot decode !!${got} \`${text}\` as a !!${tag}` };
}
