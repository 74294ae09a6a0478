import { pyIntToJs, type PyValue } from '../yaml/pyValue';
import { orjsonDumps } from './orjson';
import { describePy } from './pyText';
import { pyTimestampStr } from './pyTime';

/**
 * How Polyaxon's pydantic v2 models (through clipped) read a loaded value. Rules from
 * pydantic-core 2.41 `src/input/input_python.rs` (`validate_str`, `validate_bool`,
 * `validate_int`) and `src/input/shared.rs` (`str_as_bool`, `str_as_int`, `float_as_int`), and
 * clipped 0.11.8 `GenericStr.validate` (clipped/types/strings.py).
 */

/** Accepted (with the value the model keeps, and whether it differs from what was written) or rejected. */
export type PxReading = { ok: true; value: unknown; changed: boolean } | { ok: false; reason: string };

const accept = (value: unknown, changed: boolean): PxReading => ({ ok: true, value, changed });
const reject = (reason: string): PxReading => ({ ok: false, reason });

/**
 * pydantic `StrictStr`: only a Python str (a bool, a number or a date is not one). Null is
 * rejected here; for `Optional[StrictStr]` fields the caller treats null as unset.
 */
export function readStrictStr(v: PyValue): PxReading {
  return v.kind === 'str' ? accept(v.value, false) : reject(`expected a string, got ${describePy(v)}`);
}

const FALSE_WORDS = ['f', 'n', 'no', 'off', 'false'];
const TRUE_WORDS = ['t', 'y', 'on', 'yes', 'true'];

/**
 * pydantic v2 lax `bool`: a bool; the strings `0`/`1` and, in any case, `f`/`t`, `n`/`y`,
 * `no`/`yes`, `off`/`on`, `false`/`true` (no whitespace trimming); the ints 0 and 1; floats
 * equal to 0 or 1.
 */
export function readLaxBool(v: PyValue): PxReading {
  switch (v.kind) {
    case 'bool':
      return accept(v.value, false);
    case 'str': {
      const lower = v.value.toLowerCase();
      if (v.value === '0' || (FALSE_WORDS.includes(lower) && /^[a-z]+$/i.test(v.value)))
        return accept(false, true);
      if (v.value === '1' || (TRUE_WORDS.includes(lower) && /^[a-z]+$/i.test(v.value)))
        return accept(true, true);
      return reject(
        `expected a boolean, got ${describePy(v)} (accepted words: true/false, yes/no, on/off, y/n, t/f, 1/0)`,
      );
    }
    case 'int':
      if (v.value === 0n || v.value === 1n) return accept(v.value === 1n, true);
      return reject(`expected a boolean, got ${describePy(v)} (only 0 and 1 are accepted)`);
    case 'float':
      if (v.value === 0 || v.value === 1) return accept(v.value === 1, true);
      return reject(`expected a boolean, got ${describePy(v)}`);
    default:
      return reject(`expected a boolean, got ${describePy(v)}`);
  }
}

const I64_MIN = -(2 ** 63);
const I64_MAX = 2 ** 63;

/** pydantic-core `clean_int_str` + jiter integer parsing: the int a str stands for, or null. */
export function strAsInt(text: string): bigint | null {
  // jiter first: an optional `-`, then `0` or digits without a leading zero.
  if (/^-?(?:0|[1-9][0-9]*)$/.test(text)) return BigInt(text);
  let s = text.trim();
  if (s.startsWith('+')) {
    if (s.startsWith('+-')) return null;
    s = s.slice(1);
  }
  let negative = false;
  if (s.startsWith('-')) {
    if (s.startsWith('--') || s.startsWith('-+')) return null;
    negative = true;
    s = s.slice(1);
  }
  // Leading zeros (and underscores among them) go, keeping one zero before a dot or at the end.
  const zeros = /^0[0_]*/.exec(s);
  if (zeros) {
    const rest = s.slice(zeros[0].length);
    if (rest === '') s = zeros[0].slice(-1);
    else if (rest.startsWith('.')) s = `${zeros[0].slice(-1)}${rest}`;
    else if (/^[1-9-]/.test(rest)) s = rest;
    else return null;
  } else if (!/^[1-9-]/.test(s)) {
    return null;
  }
  // `5.0`, `5.00` → `5`; `5.` and `5.5` stay and fail below.
  const dot = s.indexOf('.');
  if (dot >= 0 && /^0+$/.test(s.slice(dot + 1))) s = s.slice(0, dot);
  // Underscores between digits go (not leading, trailing or doubled).
  if (s.includes('_') && !s.startsWith('_') && !s.endsWith('_') && !s.includes('__')) s = s.replace(/_/g, '');
  const cleaned = negative ? `-${s}` : s;
  return /^-?(?:0|[1-9][0-9]*)$/.test(cleaned) ? BigInt(cleaned) : null;
}

/**
 * pydantic v2 lax `int`: an int; a bool (True → 1, changed); a float that is finite, whole and
 * inside the int64 range; a str of an int with optional surrounding whitespace, a `+`, leading
 * zeros, `_` separators or a `.0` tail (`" 5 "`, `"+5"`, `"1_000"`, `"5.0"`). Not `"1e3"`, `"5.5"`.
 */
export function readLaxInt(v: PyValue): PxReading {
  switch (v.kind) {
    case 'int':
      return accept(pyIntToJs(v.value), false);
    case 'bool':
      return accept(v.value ? 1 : 0, true);
    case 'float':
      if (!Number.isFinite(v.value))
        return reject(`expected an integer, got ${describePy(v)} (it must be finite)`);
      if (!Number.isInteger(v.value))
        return reject(`expected an integer, got ${describePy(v)} (it has a fractional part)`);
      if (v.value <= I64_MIN || v.value >= I64_MAX)
        return reject(`expected an integer, got ${describePy(v)} (too large)`);
      return accept(pyIntToJs(BigInt(v.value)), true);
    case 'str': {
      const n = strAsInt(v.value);
      return n === null ? reject(`expected an integer, got ${describePy(v)}`) : accept(pyIntToJs(n), true);
    }
    default:
      return reject(`expected an integer, got ${describePy(v)}`);
  }
}

/**
 * clipped `GenericStr`: a str is kept; an int, float, bool, list or dict becomes orjson text
 * (`1` → "1", `1.0` → "1.0", `true` → "true", `[1]` → "[1]", `{x: 1}` → '{"x":1}', `.inf` →
 * "null"); a date or datetime becomes Python `str()` ("2024-01-01", "2024-01-01 10:00:00");
 * null is rejected (the strict str schema after the validator refuses None).
 */
export function readGenericStr(v: PyValue): PxReading {
  switch (v.kind) {
    case 'str':
      return accept(v.value, false);
    case 'null':
      return reject('expected a string, got null');
    case 'timestamp':
      return accept(pyTimestampStr(v.text), true);
    default: {
      const dumped = orjsonDumps(v);
      return dumped.ok
        ? accept(dumped.text, true)
        : reject(`cannot turn ${describePy(v)} into text: ${dumped.reason}`);
    }
  }
}

/** pydantic `Literal[...]` of strings (or a str enum): only an exact, case-sensitive str match. */
export function readLiteral(v: PyValue, allowed: readonly string[]): PxReading {
  if (v.kind === 'str' && allowed.includes(v.value)) return accept(v.value, false);
  return reject(`expected one of ${allowed.join(', ')}, got ${describePy(v)}`);
}

/** pydantic `List[StrictStr]`: a list whose items are all str. */
export function readStrList(v: PyValue): PxReading {
  if (v.kind !== 'list') return reject(`expected a list of strings, got ${describePy(v)}`);
  const out: string[] = [];
  for (const [i, item] of v.items.entries()) {
    if (item.kind !== 'str') return reject(`item ${i}: expected a string, got ${describePy(item)}`);
    out.push(item.value);
  }
  return accept(out, false);
}

function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function readStrMap(v: PyValue, readValue: (item: PyValue) => PxReading): PxReading {
  if (v.kind !== 'map') return reject(`expected a mapping, got ${describePy(v)}`);
  const out: Record<string, unknown> = {};
  let changed = false;
  for (const [key, value] of v.entries) {
    if (key.kind !== 'str') return reject(`key ${describePy(key)}: expected a string key`);
    const r = readValue(value);
    if (!r.ok) return reject(`${JSON.stringify(key.value)}: ${r.reason}`);
    changed ||= r.changed;
    setOwn(out, key.value, r.value);
  }
  return accept(out, changed);
}

/** pydantic `Dict[StrictStr, StrictStr]` (the cleaner's nodeSelector). */
export function readStrictStrMap(v: PyValue): PxReading {
  return readStrMap(v, readStrictStr);
}

/** pydantic `Dict[StrictStr, GenericStr]` (labels, annotations, environment nodeSelector). */
export function readGenericStrMap(v: PyValue): PxReading {
  return readStrMap(v, readGenericStr);
}
