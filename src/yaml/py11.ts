import { pyFloatOf, pyIntOf } from '../px/pyNumbers';
import { isPyDate, parsePyTimestamp } from '../px/pyTime';
import { pyFloatRepr } from '../px/pyText';
import type { PyScalar } from './pyValue';

/**
 * PyYAML `SafeLoader` (YAML 1.1) scalar resolution and construction.
 *
 * The patterns mirror PyYAML 6 `resolver.py` (implicit resolvers, tried in registration order:
 * bool, float, int, merge, null, timestamp, value) and the `construct_yaml_*` methods of
 * `constructor.py`. Checked against PyYAML 6.0.3 (see py11.test.ts).
 */

/** The tag PyYAML's implicit resolver gives a plain scalar. */
export type Py11Tag = 'bool' | 'float' | 'int' | 'merge' | 'null' | 'timestamp' | 'value' | 'str';

const BOOL_RE = /^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/;
const FLOAT_RE = new RegExp(
  '^(?:[-+]?[0-9][0-9_]*\\.[0-9_]*(?:[eE][-+][0-9]+)?' +
    '|\\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?' +
    '|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*' +
    '|[-+]?\\.(?:inf|Inf|INF)' +
    '|\\.(?:nan|NaN|NAN))$',
);
const INT_RE = new RegExp(
  '^(?:[-+]?0b[0-1_]+' +
    '|[-+]?0[0-7_]+' +
    '|[-+]?(?:0|[1-9][0-9_]*)' +
    '|[-+]?0x[0-9a-fA-F_]+' +
    '|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$',
);
const NULL_RE = /^(?:~|null|Null|NULL|)$/;
const TIMESTAMP_RE = new RegExp(
  '^(?:[0-9]{4}-[0-9]{2}-[0-9]{2}' +
    '|[0-9]{4}-[0-9][0-9]?-[0-9][0-9]?(?:[Tt]|[ \\t]+)[0-9][0-9]?:[0-9]{2}:[0-9]{2}(?:\\.[0-9]*)?' +
    '(?:[ \\t]*(?:Z|[-+][0-9][0-9]?(?::[0-9]{2})?))?)$',
);

/** Which implicit resolver of PyYAML's SafeLoader matches a plain scalar. */
export function py11Tag(source: string): Py11Tag {
  if (BOOL_RE.test(source)) return 'bool';
  if (FLOAT_RE.test(source)) return 'float';
  if (INT_RE.test(source)) return 'int';
  if (source === '<<') return 'merge';
  if (NULL_RE.test(source)) return 'null';
  if (TIMESTAMP_RE.test(source)) return 'timestamp';
  if (source === '=') return 'value';
  return 'str';
}

/** A value PyYAML builds, or the reason it raises while building it. */
export type Py11Built =
  { readonly ok: true; readonly value: PyScalar } | { readonly ok: false; readonly error: string };

const fail = (error: string): Py11Built => ({ ok: false, error });
const built = (value: PyScalar): Py11Built => ({ ok: true, value });

/** PyYAML `construct_yaml_int` (also used for an explicit `!!int` tag on any text). */
export function constructPyInt(text: string): Py11Built {
  let value = text.replace(/_/g, '');
  if (value === '') return fail('IndexError: string index out of range');
  const sign = value.startsWith('-') ? -1n : 1n;
  if (value.startsWith('-') || value.startsWith('+')) value = value.slice(1);
  const invalid = (base: number, digits: string): Py11Built =>
    fail(`ValueError: invalid literal for int() with base ${base}: '${digits}'`);
  if (value === '0') return built({ kind: 'int', value: 0n });
  if (value.startsWith('0b')) {
    const n = pyIntOf(value.slice(2), 2);
    return n === null ? invalid(2, value.slice(2)) : built({ kind: 'int', value: sign * n });
  }
  if (value.startsWith('0x')) {
    const n = pyIntOf(value.slice(2), 16);
    return n === null ? invalid(16, value.slice(2)) : built({ kind: 'int', value: sign * n });
  }
  if (value.startsWith('0')) {
    const n = pyIntOf(value, 8);
    return n === null ? invalid(8, value) : built({ kind: 'int', value: sign * n });
  }
  if (value.includes(':')) {
    let total = 0n;
    let base = 1n;
    for (const part of value.split(':').reverse()) {
      const digit = pyIntOf(part, 10);
      if (digit === null) return invalid(10, part);
      total += digit * base;
      base *= 60n;
    }
    return built({ kind: 'int', value: sign * total });
  }
  const n = pyIntOf(value, 10);
  return n === null ? invalid(10, value) : built({ kind: 'int', value: sign * n });
}

/** PyYAML `construct_yaml_float` (also used for an explicit `!!float` tag on any text). */
export function constructPyFloat(text: string): Py11Built {
  let value = text.replace(/_/g, '').toLowerCase();
  if (value === '') return fail('IndexError: string index out of range');
  const sign = value.startsWith('-') ? -1 : 1;
  if (value.startsWith('-') || value.startsWith('+')) value = value.slice(1);
  if (value === '.inf') return built({ kind: 'float', value: sign * Infinity });
  if (value === '.nan') return built({ kind: 'float', value: NaN });
  if (value.includes(':')) {
    let total = 0;
    let base = 1;
    for (const part of value.split(':').reverse()) {
      const digit = pyFloatOf(part);
      if (digit === null) return fail(`ValueError: could not convert string to float: '${part}'`);
      total += digit * base;
      base *= 60;
    }
    return built({ kind: 'float', value: sign * total });
  }
  const n = pyFloatOf(value);
  return n === null
    ? fail(`ValueError: could not convert string to float: '${value}'`)
    : built({ kind: 'float', value: sign * n });
}

const PY_BOOL_VALUES: ReadonlyMap<string, boolean> = new Map([
  ['yes', true],
  ['no', false],
  ['true', true],
  ['false', false],
  ['on', true],
  ['off', false],
]);

/** PyYAML `construct_yaml_bool`: a lookup of the lower-cased text. */
export function constructPyBool(text: string): Py11Built {
  const value = PY_BOOL_VALUES.get(text.toLowerCase());
  return value === undefined ? fail(`KeyError: '${text.toLowerCase()}'`) : built({ kind: 'bool', value });
}

/** PyYAML `construct_yaml_timestamp`: a date or datetime, or the error for an impossible date. */
export function constructPyTimestamp(text: string): Py11Built {
  const parsed = parsePyTimestamp(text);
  return typeof parsed === 'string' ? fail(parsed) : built({ kind: 'timestamp', text });
}

/** Builds what PyYAML's SafeLoader builds for a scalar with a (short) YAML tag such as `int`. */
export function constructPyTagged(tag: Py11Tag | 'binary', text: string): Py11Built {
  switch (tag) {
    case 'bool':
      return constructPyBool(text);
    case 'float':
      return constructPyFloat(text);
    case 'int':
      return constructPyInt(text);
    case 'null':
      return built({ kind: 'null' });
    case 'timestamp':
      return constructPyTimestamp(text);
    case 'merge':
    case 'value':
      return fail(
        `ConstructorError: could not determine a constructor for the tag 'tag:yaml.org,2002:${tag}'`,
      );
    case 'binary':
    case 'str':
      return built({ kind: 'str', value: text });
  }
}

/** What PyYAML's SafeLoader builds from a plain scalar, or why it raises. */
export function buildPlainPy(source: string): Py11Built {
  return constructPyTagged(py11Tag(source), source);
}

/**
 * The value `yaml.safe_load` gives a plain scalar: `on` → true, `1.10` → 1.1, `0777` → 511,
 * `12:30` → 750, `2024-01-01` → a date, `1e3` → the string "1e3". When PyYAML would raise
 * (`0b_`, `2024-02-30`, `=` or `<<` as a value) the text is returned as a string; ask
 * `py11LoadError` for the failure.
 */
export function resolvePlainPy(source: string): PyScalar {
  const result = buildPlainPy(source);
  return result.ok ? result.value : { kind: 'str', value: source };
}

/** Why `yaml.safe_load` raises on this plain scalar in a value position, or null if it loads. */
export function py11LoadError(source: string): string | null {
  const result = buildPlainPy(source);
  return result.ok ? null : result.error;
}

/** How a YAML 1.2 core-schema reader (eemeli yaml's default, a human) takes a plain scalar. */
type Core12 =
  { readonly kind: 'null' | 'bool' | 'str' } | { readonly kind: 'number'; readonly value: number };

function readCore12(s: string): Core12 {
  if (/^(?:null|Null|NULL|~|)$/.test(s)) return { kind: 'null' };
  if (/^(?:true|True|TRUE|false|False|FALSE)$/.test(s)) return { kind: 'bool' };
  if (/^0o[0-7]+$/.test(s)) return { kind: 'number', value: parseInt(s.slice(2), 8) };
  if (/^0x[0-9a-fA-F]+$/.test(s)) return { kind: 'number', value: parseInt(s.slice(2), 16) };
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/.test(s))
    return { kind: 'number', value: Number(s) };
  if (/^[-+]?\.(?:inf|Inf|INF)$/.test(s))
    return { kind: 'number', value: s.startsWith('-') ? -Infinity : Infinity };
  if (/^\.(?:nan|NaN|NAN)$/.test(s)) return { kind: 'number', value: NaN };
  return { kind: 'str' };
}

/** A plain scalar that PyYAML reads differently from a YAML 1.2 reader or a human. */
export interface Py11Trap {
  /** "YAML 1.1 reads `on` as the boolean true" */
  readonly reading: string;
  readonly kind: 'bool' | 'number' | 'timestamp' | 'null';
  /** PyYAML raises on it, so the whole file fails to load (`0b_`, `2024-02-30`). */
  readonly fatal?: true;
  /** PyYAML keeps it as text where YAML 1.2 reads a number (`1e3`, `0o17`, `-.5`). */
  readonly asText?: true;
}

function numberForm(source: string): string {
  const s = source.replace(/_/g, '').replace(/^[-+]/, '');
  if (s.includes(':')) return 'the base-60 number';
  if (s.startsWith('0b')) return 'the binary number';
  if (s.startsWith('0x')) return 'the hexadecimal number';
  if (/^0[0-7]+$/.test(s)) return 'the octal number';
  return 'the number';
}

function textHint(source: string): string {
  if (/^[-+]\./.test(source)) return `; write ${source[0] ?? ''}0${source.slice(1)}`;
  if (/^[-+]?0o/i.test(source)) return '; YAML 1.1 writes octal with a leading 0 (017)';
  if (/^[-+]?0[0-9]+$/.test(source))
    return '; a leading 0 means octal in YAML 1.1 and this has the digit 8 or 9';
  if (/e/i.test(source)) return '; YAML 1.1 needs a dot and a signed exponent, as in 1.0e+3';
  return '';
}

/**
 * Explains how PyYAML (YAML 1.1) reads a plain scalar when that differs from what a YAML 1.2
 * reader or a human would take: `on` → the boolean true, `1.10` → 1.1, `0777` → 511,
 * `12:30` → 750, `0x1F` → 31, `1_000` → 1000, `2024-01-01` → a date, and the other way round
 * `1e3` → the text "1e3". Plain `true`, `5`, `1.5`, `~` are the same in both: null.
 */
export function describePy11Trap(source: string): Py11Trap | null {
  const tag = py11Tag(source);
  const shown = `\`${source}\``;
  const result = constructPyTagged(tag, source);
  if (!result.ok) {
    if (tag === 'int' || tag === 'float') {
      return {
        kind: 'number',
        fatal: true,
        reading: `YAML 1.1 reads ${shown} as a number that PyYAML fails to build (${result.error}), so the file does not load`,
      };
    }
    if (tag === 'timestamp') {
      return {
        kind: 'timestamp',
        fatal: true,
        reading: `YAML 1.1 reads ${shown} as a date, but it is not a valid one (${result.error}), so the file does not load`,
      };
    }
    return null;
  }
  const v = result.value;
  switch (v.kind) {
    case 'bool':
      return /^(?:true|True|TRUE|false|False|FALSE)$/.test(source)
        ? null
        : { kind: 'bool', reading: `YAML 1.1 reads ${shown} as the boolean ${String(v.value)}` };
    case 'int':
    case 'float': {
      const num = Number(v.value);
      const text = v.kind === 'int' ? v.value.toString() : pyFloatRepr(v.value);
      const core = readCore12(source);
      const same =
        core.kind === 'number' && (Number.isNaN(num) ? Number.isNaN(core.value) : core.value === num);
      if (same && (text === source || !Number.isFinite(num))) return null;
      return { kind: 'number', reading: `YAML 1.1 reads ${shown} as ${numberForm(source)} ${text}` };
    }
    case 'timestamp':
      return {
        kind: 'timestamp',
        reading: `YAML 1.1 reads ${shown} as ${isPyDate(source) ? 'a date' : 'a date and time'}`,
      };
    case 'str':
      return readCore12(source).kind === 'number'
        ? {
            kind: 'number',
            asText: true,
            reading: `YAML 1.1 reads ${shown} as the text "${source}", not a number${textHint(source)}`,
          }
        : null;
    case 'null':
      return null;
  }
}
