import { describe, expect, it } from 'vitest';
import { resolvePlainGo, resolveTaggedGo } from './goyaml';
import type { PyScalar } from './pyValue';

const int = (value: bigint): PyScalar => ({ kind: 'int', value });
const float = (value: number): PyScalar => ({ kind: 'float', value });
const bool = (value: boolean): PyScalar => ({ kind: 'bool', value });
const str = (value: string): PyScalar => ({ kind: 'str', value });
const NULL: PyScalar = { kind: 'null' };

// Expected values worked out from go-yaml v2.4.0 resolve.go / decode.go and Go's strconv rules.
describe('resolvePlainGo (go-yaml v2 into interface{}, as kubectl reads manifests)', () => {
  it.each<[string, PyScalar]>([
    ['y', bool(true)],
    ['Y', bool(true)],
    ['yes', bool(true)],
    ['on', bool(true)],
    ['TRUE', bool(true)],
    ['n', bool(false)],
    ['N', bool(false)],
    ['No', bool(false)],
    ['OFF', bool(false)],
    ['yEs', str('yEs')],
    ['tRUE', str('tRUE')],
    ['~', NULL],
    ['', NULL],
    ['NULL', NULL],
    ['nULL', str('nULL')],
    ['1.10', float(1.1)],
    ['0777', int(511n)],
    ['0o17', int(15n)],
    ['0O17', int(15n)],
    ['0x1F', int(31n)],
    ['0X1F', int(31n)],
    ['+0x10', int(16n)],
    ['0b101', int(5n)],
    ['-0b101', int(-5n)],
    ['0b+1', int(1n)],
    ['0b', str('0b')],
    ['0x', str('0x')],
    ['1_000', int(1000n)],
    ['1__0', int(10n)],
    ['_1', str('_1')],
    ['12:30', str('12:30')],
    ['190:20:30', str('190:20:30')],
    ['2024-01-01', str('2024-01-01')],
    ['2024-01-01T10:00:00Z', str('2024-01-01T10:00:00Z')],
    ['1e3', float(1000)],
    ['1E3', float(1000)],
    ['1.0e3', float(1000)],
    ['1.0e+3', float(1000)],
    ['1e400', str('1e400')],
    ['.5', float(0.5)],
    ['.5e3', float(500)],
    ['-.5', float(-0.5)],
    ['+.5', float(0.5)],
    ['.', str('.')],
    ['+1', int(1n)],
    ['-0', int(0n)],
    ['08', float(8)],
    ['09.5', float(9.5)],
    ['+', str('+')],
    ['-', str('-')],
    ['.inf', float(Infinity)],
    ['+.Inf', float(Infinity)],
    ['-.INF', float(-Infinity)],
    ['-.nan', str('-.nan')],
    ['<<', str('<<')],
    ['1.2.3', str('1.2.3')],
    ['9223372036854775807', int(9223372036854775807n)],
    ['9223372036854775808', int(9223372036854775808n)],
    ['18446744073709551615', int(18446744073709551615n)],
    ['18446744073709551616', float(18446744073709551616)],
    ['-9223372036854775808', int(-9223372036854775808n)],
    ['-9223372036854775809', float(-9223372036854775808)],
  ])('%j', (source, expected) => {
    expect(resolvePlainGo(source)).toEqual(expected);
  });

  it('reads .nan as NaN', () => {
    const v = resolvePlainGo('.NaN');
    expect(v.kind === 'float' && Number.isNaN(v.value)).toBe(true);
  });
});

describe('resolveTaggedGo', () => {
  it('accepts matching tags and refuses the others like go-yaml', () => {
    expect(resolveTaggedGo('int', '3')).toEqual({ ok: true, value: int(3n) });
    expect(resolveTaggedGo('float', '1')).toEqual({ ok: true, value: float(1) });
    expect(resolveTaggedGo('bool', 'yes')).toEqual({ ok: true, value: bool(true) });
    expect(resolveTaggedGo('str', '1')).toEqual({ ok: true, value: str('1') });
    expect(resolveTaggedGo('timestamp', '2024-01-01')).toEqual({ ok: true, value: str('2024-01-01') });
    expect(resolveTaggedGo('int', 'abc')).toEqual({
      ok: false,
      error: 'cannot decode !!str `abc` as a !!int',
    });
    expect(resolveTaggedGo('int', '1.5')).toEqual({
      ok: false,
      error: 'cannot decode !!float `1.5` as a !!int',
    });
    expect(resolveTaggedGo('null', 'x').ok).toBe(false);
  });
});
