import type { PyValue } from '../yaml/pyValue';
import { fixedNotation, scientificNotation, shortestDigits } from './pyText';
import { orjsonTimestampStr } from './pyTime';

/**
 * `orjson.dumps(value, option=OPT_NAIVE_UTC | OPT_SERIALIZE_NUMPY).decode()`, which clipped's
 * `orjson_dumps` uses to turn label / annotation / nodeSelector values into text.
 *
 * Format facts (orjson 3.11.8 source, ijl/orjson):
 * - compact separators: `{"x":1}`, `[1,2]`; dict keys must be `str` ("Dict key must be str");
 * - ints within [-2^63, 2^64 - 1], otherwise "Integer exceeds 64-bit range";
 * - NaN and ±Infinity are written as `null`;
 * - floats use the shortest round-trip digits (zmij since orjson 3.11.7): fixed notation when the
 *   decimal exponent is within -5..15 (`100.0`, `0.00001`), otherwise `1e+16`, `1e-7`
 *   (orjson < 3.11.7 used ryu, which writes `1e16` with no `+`);
 * - strings escape `"`, `\` and control characters (`\n`, `\u001f`), keep non-ASCII as is, and
 *   reject lone surrogates;
 * - dates are `"2024-01-01"`, datetimes RFC 3339 (`"2024-01-01T10:00:00+00:00"`).
 */

/** The JSON text orjson writes, or why it raises. */
export type OrjsonResult =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: string };

const INT_MIN = -(2n ** 63n);
const UINT_MAX = 2n ** 64n - 1n;
/** orjson refuses a list or dict inside this many others (serialize/state.rs, a 255 counter). */
const RECURSION_LIMIT = 255;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** orjson's text for a finite or non-finite float: `1.5`, `1.0`, `1e+16`, `null` for inf/nan. */
export function orjsonFloat(x: number): string {
  if (!Number.isFinite(x)) return 'null';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const sign = x < 0 ? '-' : '';
  const { digits, exp } = shortestDigits(x);
  if (exp >= -5 && exp <= 15) return sign + fixedNotation(digits, exp);
  return sign + scientificNotation(digits, `${exp < 0 ? '-' : '+'}${String(Math.abs(exp))}`);
}

class OrjsonError extends Error {}

function dump(v: PyValue, depth: number): string {
  if ((v.kind === 'list' || v.kind === 'map') && depth >= RECURSION_LIMIT) {
    throw new OrjsonError('Recursion limit reached');
  }
  switch (v.kind) {
    case 'null':
      return 'null';
    case 'bool':
      return v.value ? 'true' : 'false';
    case 'int':
      if (v.value < INT_MIN || v.value > UINT_MAX) throw new OrjsonError('Integer exceeds 64-bit range');
      return v.value.toString();
    case 'float':
      return orjsonFloat(v.value);
    case 'str':
      if (LONE_SURROGATE.test(v.value))
        throw new OrjsonError('str is not valid UTF-8: surrogates not allowed');
      // JSON.stringify escapes exactly what orjson escapes, with the same spellings.
      return JSON.stringify(v.value);
    case 'timestamp':
      return JSON.stringify(orjsonTimestampStr(v.text));
    case 'list':
      return `[${v.items.map((item) => dump(item, depth + 1)).join(',')}]`;
    case 'map':
      return `{${v.entries
        .map(([k, val]) => {
          if (k.kind !== 'str') throw new OrjsonError('Dict key must be str');
          return `${dump(k, depth + 1)}:${dump(val, depth + 1)}`;
        })
        .join(',')}}`;
  }
}

/** orjson's JSON text for a value as clipped calls it, or the reason orjson raises `JSONEncodeError`. */
export function orjsonDumps(v: PyValue): OrjsonResult {
  try {
    return { ok: true, text: dump(v, 0) };
  } catch (e) {
    // Only our own OrjsonError is expected here; anything else is a bug worth seeing.
    if (e instanceof OrjsonError) return { ok: false, reason: e.message };
    throw e;
  }
}
