import { describe, expect, it } from 'vitest';
import type { PyValue } from '../yaml/pyValue';
import {
  readGenericStr,
  readGenericStrMap,
  readLaxBool,
  readLaxInt,
  readLiteral,
  readStrictStr,
  readStrictStrMap,
  readStrList,
  strAsInt,
} from './coerce';

const int = (value: bigint): PyValue => ({ kind: 'int', value });
const float = (value: number): PyValue => ({ kind: 'float', value });
const bool = (value: boolean): PyValue => ({ kind: 'bool', value });
const str = (value: string): PyValue => ({ kind: 'str', value });
const date = (text: string): PyValue => ({ kind: 'timestamp', text });
const NULL: PyValue = { kind: 'null' };
const list = (...items: PyValue[]): PyValue => ({ kind: 'list', items });
const map = (...entries: [PyValue, PyValue][]): PyValue => ({ kind: 'map', entries });

describe('readStrictStr', () => {
  it('accepts only str', () => {
    expect(readStrictStr(str('a'))).toEqual({ ok: true, value: 'a', changed: false });
    expect(readStrictStr(int(5n))).toEqual({ ok: false, reason: 'expected a string, got int 5' });
    expect(readStrictStr(bool(true))).toEqual({ ok: false, reason: 'expected a string, got bool true' });
    expect(readStrictStr(float(1.2))).toEqual({ ok: false, reason: 'expected a string, got float 1.2' });
    expect(readStrictStr(date('2024-01-01'))).toEqual({
      ok: false,
      reason: 'expected a string, got date 2024-01-01',
    });
    expect(readStrictStr(NULL).ok).toBe(false);
  });
});

describe('readLaxBool (pydantic-core str_as_bool / int_as_bool / float_as_int)', () => {
  it.each(['1', 't', 'T', 'y', 'Y', 'on', 'ON', 'yes', 'Yes', 'true', 'TRUE', 'tRuE'])('%j → true', (s) => {
    expect(readLaxBool(str(s))).toEqual({ ok: true, value: true, changed: true });
  });

  it.each(['0', 'f', 'F', 'n', 'N', 'no', 'NO', 'off', 'Off', 'false', 'False'])('%j → false', (s) => {
    expect(readLaxBool(str(s))).toEqual({ ok: true, value: false, changed: true });
  });

  it.each(['', ' yes', 'yes ', '2', '01', 'maybe', 'tru', '1.0'])('%j is refused', (s) => {
    expect(readLaxBool(str(s)).ok).toBe(false);
  });

  it('reads bools, 0/1 ints and floats', () => {
    expect(readLaxBool(bool(false))).toEqual({ ok: true, value: false, changed: false });
    expect(readLaxBool(int(1n))).toEqual({ ok: true, value: true, changed: true });
    expect(readLaxBool(int(0n))).toEqual({ ok: true, value: false, changed: true });
    expect(readLaxBool(int(2n))).toEqual({
      ok: false,
      reason: 'expected a boolean, got int 2 (only 0 and 1 are accepted)',
    });
    expect(readLaxBool(float(1))).toEqual({ ok: true, value: true, changed: true });
    expect(readLaxBool(float(-0))).toEqual({ ok: true, value: false, changed: true });
    expect(readLaxBool(float(0.5)).ok).toBe(false);
    expect(readLaxBool(float(2)).ok).toBe(false);
    expect(readLaxBool(float(NaN)).ok).toBe(false);
    expect(readLaxBool(date('2024-01-01')).ok).toBe(false);
    expect(readLaxBool(list()).ok).toBe(false);
  });
});

describe('strAsInt (pydantic-core str_as_int)', () => {
  it.each<[string, bigint | null]>([
    ['5', 5n],
    ['-5', -5n],
    ['-0', 0n],
    [' 5 ', 5n],
    ['\t7\n', 7n],
    ['+5', 5n],
    ['05', 5n],
    ['-05', -5n],
    ['007', 7n],
    ['00', 0n],
    ['0_5', 5n],
    ['5.0', 5n],
    ['5.00', 5n],
    ['-5.0', -5n],
    ['0.0', 0n],
    ['1_000', 1000n],
    ['1_000.0', 1000n],
    ['123456789012345678901234567890', 123456789012345678901234567890n],
    ['5.', null],
    ['5.5', null],
    ['.0', null],
    ['1e3', null],
    ['0x10', null],
    ['1__0', null],
    ['_5', null],
    ['5_', null],
    ['+-5', null],
    ['--5', null],
    ['- 5', null],
    ['', null],
    ['  ', null],
    ['five', null],
  ])('%j', (s, expected) => {
    expect(strAsInt(s)).toBe(expected);
  });
});

describe('readLaxInt', () => {
  it('reads ints as they are and coerces the rest', () => {
    expect(readLaxInt(int(5n))).toEqual({ ok: true, value: 5, changed: false });
    expect(readLaxInt(int(99999999999n))).toEqual({ ok: true, value: 99999999999, changed: false });
    expect(readLaxInt(int(2n ** 70n))).toEqual({ ok: true, value: '1180591620717411303424', changed: false });
    expect(readLaxInt(str(' 5 '))).toEqual({ ok: true, value: 5, changed: true });
    expect(readLaxInt(bool(true))).toEqual({ ok: true, value: 1, changed: true });
    expect(readLaxInt(bool(false))).toEqual({ ok: true, value: 0, changed: true });
    expect(readLaxInt(float(5))).toEqual({ ok: true, value: 5, changed: true });
  });

  it('refuses what pydantic refuses', () => {
    expect(readLaxInt(float(5.5))).toEqual({
      ok: false,
      reason: 'expected an integer, got float 5.5 (it has a fractional part)',
    });
    expect(readLaxInt(str('1e3'))).toEqual({ ok: false, reason: 'expected an integer, got str "1e3"' });
    expect(readLaxInt(float(Infinity)).ok).toBe(false);
    expect(readLaxInt(float(2 ** 63)).ok).toBe(false);
    expect(readLaxInt(float(-(2 ** 63))).ok).toBe(false);
    expect(readLaxInt(float(2 ** 62)).ok).toBe(true);
    expect(readLaxInt(NULL).ok).toBe(false);
    expect(readLaxInt(date('2024-01-01')).ok).toBe(false);
  });
});

describe('readGenericStr (clipped GenericStr)', () => {
  it.each<[PyValue, string]>([
    [int(1n), '1'],
    [bool(true), 'true'],
    [bool(false), 'false'],
    [float(1.5), '1.5'],
    [float(1), '1.0'],
    [float(1.1), '1.1'],
    [float(1e16), '1e+16'],
    [float(Infinity), 'null'],
    [float(NaN), 'null'],
    [list(int(1n)), '[1]'],
    [map([str('x'), int(1n)]), '{"x":1}'],
    [list(str('a'), NULL, date('2024-01-01')), '["a",null,"2024-01-01"]'],
    [date('2024-01-01'), '2024-01-01'],
    [date('2024-01-01T10:00:00Z'), '2024-01-01 10:00:00+00:00'],
    [date('2024-01-01 10:00:00'), '2024-01-01 10:00:00'],
  ])('%# → %s', (v, text) => {
    expect(readGenericStr(v)).toEqual({ ok: true, value: text, changed: true });
  });

  it('keeps strings and refuses null and what orjson cannot write', () => {
    expect(readGenericStr(str('ml'))).toEqual({ ok: true, value: 'ml', changed: false });
    expect(readGenericStr(NULL)).toEqual({ ok: false, reason: 'expected a string, got null' });
    expect(readGenericStr(map([int(1n), str('a')]))).toEqual({
      ok: false,
      reason: 'cannot turn a mapping into text: Dict key must be str',
    });
    expect(readGenericStr(int(2n ** 64n)).ok).toBe(false);
  });
});

describe('readLiteral and readStrList', () => {
  const POLICIES = ['Always', 'OnFailure', 'Never', 'ExitCode'] as const;

  it('matches literals exactly', () => {
    expect(readLiteral(str('Never'), POLICIES)).toEqual({ ok: true, value: 'Never', changed: false });
    expect(readLiteral(str('never'), POLICIES)).toEqual({
      ok: false,
      reason: 'expected one of Always, OnFailure, Never, ExitCode, got str "never"',
    });
    expect(readLiteral(bool(true), ['true']).ok).toBe(false);
  });

  it('reads lists of strings', () => {
    expect(readStrList(list(str('a'), str('b')))).toEqual({ ok: true, value: ['a', 'b'], changed: false });
    expect(readStrList(list(str('a'), int(5n)))).toEqual({
      ok: false,
      reason: 'item 1: expected a string, got int 5',
    });
    expect(readStrList(str('a'))).toEqual({ ok: false, reason: 'expected a list of strings, got str "a"' });
    expect(readStrList(list(map([str('name'), str('x')]))).ok).toBe(false);
  });
});

describe('string maps', () => {
  it('reads Dict[StrictStr, GenericStr]', () => {
    const v = map([str('team'), str('ml')], [str('enabled'), bool(true)], [str('version'), float(1.1)]);
    expect(readGenericStrMap(v)).toEqual({
      ok: true,
      value: { team: 'ml', enabled: 'true', version: '1.1' },
      changed: true,
    });
    expect(readGenericStrMap(map([str('a'), str('b')]))).toEqual({
      ok: true,
      value: { a: 'b' },
      changed: false,
    });
    expect(readGenericStrMap(map([bool(true), str('x')]))).toEqual({
      ok: false,
      reason: 'key bool true: expected a string key',
    });
    expect(readGenericStrMap(map([str('a'), NULL]))).toEqual({
      ok: false,
      reason: '"a": expected a string, got null',
    });
    expect(readGenericStrMap(list()).ok).toBe(false);
  });

  it('reads Dict[StrictStr, StrictStr]', () => {
    expect(readStrictStrMap(map([str('disk'), str('ssd')]))).toEqual({
      ok: true,
      value: { disk: 'ssd' },
      changed: false,
    });
    expect(readStrictStrMap(map([str('gpu'), bool(true)]))).toEqual({
      ok: false,
      reason: '"gpu": expected a string, got bool true',
    });
    expect(readStrictStrMap(map([int(1n), str('x')])).ok).toBe(false);
  });

  it('keeps a __proto__ key as data', () => {
    const r = readStrictStrMap(map([str('__proto__'), str('x')]));
    expect(r.ok && Object.keys(r.value as object)).toEqual(['__proto__']);
  });
});
