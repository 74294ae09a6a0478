import { describe, expect, it } from 'vitest';
import { orjsonDumps, orjsonFloat } from './orjson';
import { pythonAvailable, pythonFloatRepr } from './pythonOracle';
import { describePy, pyFloatRepr, pyRepr, pyStr } from './pyText';
import { orjsonTimestampStr, pyTimestampStr } from './pyTime';
import type { PyValue } from '../yaml/pyValue';

describe('pyFloatRepr (checked with Python 3.11 repr)', () => {
  it.each<[number, string]>([
    [0.1, '0.1'],
    [1.1, '1.1'],
    [100, '100.0'],
    [1e16, '1e+16'],
    [1e15, '1000000000000000.0'],
    [1e-5, '1e-05'],
    [1e-4, '0.0001'],
    [1.5e-7, '1.5e-07'],
    [1.2345678901234568e17, '1.2345678901234568e+17'],
    [5e-324, '5e-324'],
    [1.7976931348623157e308, '1.7976931348623157e+308'],
    [-0, '-0.0'],
    [0, '0.0'],
    [1 / 3, '0.3333333333333333'],
    [1e22, '1e+22'],
    [-1234.5678, '-1234.5678'],
    [9999999999999998, '9999999999999998.0'],
    [Infinity, 'inf'],
    [-Infinity, '-inf'],
    [NaN, 'nan'],
  ])('%d → %s', (x, text) => {
    expect(pyFloatRepr(x)).toBe(text);
  });

  it.skipIf(!pythonAvailable)('matches Python repr on many floats', () => {
    const texts: string[] = [];
    for (let e = -330; e <= 310; e += 1) texts.push(`1e${e}`, `1.2345e${e}`, `9.87654321012345e${e}`);
    for (let i = 1; i < 400; i++) texts.push(String(i / 7), String(i * 1234.5678));
    expect(texts.map((t) => pyFloatRepr(Number(t)))).toEqual(pythonFloatRepr(texts));
  });
});

describe('orjsonFloat (zmij format of orjson 3.11.7+, cases from the orjson and zmij tests)', () => {
  it.each<[number, string]>([
    [1, '1.0'],
    [10, '10.0'],
    [0.5, '0.5'],
    [98.6, '98.6'],
    [-9876.54321, '-9876.54321'],
    [1.23456789e-13, '1.23456789e-13'],
    [1.23456789e34, '1.23456789e+34'],
    [2.3456789012e76, '2.3456789012e+76'],
    [1.7976931348623157e308, '1.7976931348623157e+308'],
    [5.444310685350916e14, '544431068535091.6'],
    [43210, '43210.0'],
    [-5942736479622170, '-5942736479622170.0'],
    [6.62607015e-34, '6.62607015e-34'],
    [5e-324, '5e-324'],
    [1e16, '1e+16'],
    [1e15, '1000000000000000.0'],
    [1e-5, '0.00001'],
    [1e-6, '1e-6'],
    [-0, '-0.0'],
    [Infinity, 'null'],
    [NaN, 'null'],
  ])('%d → %s', (x, text) => {
    expect(orjsonFloat(x)).toBe(text);
  });
});

const int = (n: bigint): PyValue => ({ kind: 'int', value: n });
const s = (value: string): PyValue => ({ kind: 'str', value });

describe('orjsonDumps', () => {
  it('writes compact JSON', () => {
    const v: PyValue = {
      kind: 'map',
      entries: [
        [s('x'), int(1n)],
        [
          s('y'),
          {
            kind: 'list',
            items: [{ kind: 'bool', value: true }, { kind: 'null' }, { kind: 'float', value: 1.5 }],
          },
        ],
        [
          s('d'),
          {
            kind: 'list',
            items: [
              { kind: 'timestamp', text: '2024-01-01' },
              { kind: 'timestamp', text: '2024-1-1 10:00:00' },
            ],
          },
        ],
      ],
    };
    expect(orjsonDumps(v)).toEqual({
      ok: true,
      text: '{"x":1,"y":[true,null,1.5],"d":["2024-01-01","2024-01-01T10:00:00+00:00"]}',
    });
  });

  it('escapes like orjson', () => {
    expect(orjsonDumps({ kind: 'list', items: [s('a\u0001b\n"\\/é')] })).toEqual({
      ok: true,
      text: '["a\\u0001b\\n\\"\\\\/é"]',
    });
  });

  it('refuses what orjson refuses', () => {
    expect(orjsonDumps({ kind: 'map', entries: [[int(1n), s('a')]] })).toEqual({
      ok: false,
      reason: 'Dict key must be str',
    });
    expect(orjsonDumps(int(2n ** 64n))).toEqual({ ok: false, reason: 'Integer exceeds 64-bit range' });
    expect(orjsonDumps(int(2n ** 64n - 1n))).toEqual({ ok: true, text: '18446744073709551615' });
    expect(orjsonDumps(int(-(2n ** 63n) - 1n)).ok).toBe(false);
    expect(orjsonDumps(s('\uD800'))).toEqual({
      ok: false,
      reason: 'str is not valid UTF-8: surrogates not allowed',
    });
    let deep: PyValue = { kind: 'list', items: [] };
    for (let i = 0; i < 300; i++) deep = { kind: 'list', items: [deep] };
    expect(orjsonDumps(deep)).toEqual({ ok: false, reason: 'Recursion limit reached' });
  });
});

describe('Python str() of timestamps and values', () => {
  it('writes dates and datetimes like str(datetime)', () => {
    expect(pyTimestampStr('2024-1-1')).toBe('2024-01-01'); // !!timestamp 2024-1-1 builds date(2024, 1, 1)
    expect(pyTimestampStr('2024-01-01')).toBe('2024-01-01');
    expect(pyTimestampStr('2024-1-1 10:00:00')).toBe('2024-01-01 10:00:00');
    expect(pyTimestampStr('2024-01-01T10:00:00Z')).toBe('2024-01-01 10:00:00+00:00');
    expect(pyTimestampStr('2024-01-01 10:00:00.5 -5:30')).toBe('2024-01-01 10:00:00.500000-05:30');
    expect(pyTimestampStr('2024-01-01 10:00:00.1234567 +5')).toBe('2024-01-01 10:00:00.123456+05:00');
    expect(orjsonTimestampStr('2024-01-01 10:00:00.5 -5:30')).toBe('2024-01-01T10:00:00.500000-05:30');
  });

  it('writes values like Python str() and repr()', () => {
    const list: PyValue = {
      kind: 'list',
      items: [int(1n), s("it's"), { kind: 'null' }, { kind: 'bool', value: false }],
    };
    expect(pyStr(list)).toBe(`[1, "it's", None, False]`);
    expect(pyRepr({ kind: 'map', entries: [[s('a'), { kind: 'float', value: 1 }]] })).toBe("{'a': 1.0}");
    expect(describePy(int(5n))).toBe('int 5');
    expect(describePy({ kind: 'float', value: 1e16 })).toBe('float 1e+16');
    expect(describePy({ kind: 'timestamp', text: '2024-01-01' })).toBe('date 2024-01-01');
    expect(describePy(s('x'))).toBe('str "x"');
  });
});
