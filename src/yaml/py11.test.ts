import { describe, expect, it } from 'vitest';
import {
  constructPyFloat,
  constructPyInt,
  constructPyTagged,
  describePy11Trap,
  py11LoadError,
  py11Tag,
  resolvePlainPy,
} from './py11';
import type { PyScalar } from './pyValue';

const int = (value: bigint): PyScalar => ({ kind: 'int', value });
const float = (value: number): PyScalar => ({ kind: 'float', value });
const bool = (value: boolean): PyScalar => ({ kind: 'bool', value });
const str = (value: string): PyScalar => ({ kind: 'str', value });
const NULL: PyScalar = { kind: 'null' };

describe('resolvePlainPy (values checked with PyYAML 6.0.3 yaml.safe_load)', () => {
  it.each<[string, PyScalar]>([
    ['yes', bool(true)],
    ['No', bool(false)],
    ['on', bool(true)],
    ['OFF', bool(false)],
    ['TRUE', bool(true)],
    ['y', str('y')],
    ['n', str('n')],
    ['Y', str('Y')],
    ['yEs', str('yEs')],
    ['tRUE', str('tRUE')],
    ['1.10', float(1.1)],
    ['0777', int(511n)],
    ['-017', int(-15n)],
    ['0o17', str('0o17')],
    ['0x1F', int(31n)],
    ['+0x10', int(16n)],
    ['0X1F', str('0X1F')],
    ['0b101', int(5n)],
    ['-0b101', int(-5n)],
    ['0B101', str('0B101')],
    ['1_000', int(1000n)],
    ['1__', int(1n)],
    ['0_', int(0n)],
    ['_1', str('_1')],
    ['12:30', int(750n)],
    ['190:20:30', int(685230n)],
    ['-1:30', int(-90n)],
    ['1:00:00', int(3600n)],
    ['0:30', str('0:30')],
    ['12:60', str('12:60')],
    ['1:2.5', float(62.5)],
    ['1e3', str('1e3')],
    ['1E+3', str('1E+3')],
    ['1.0e3', str('1.0e3')],
    ['1.0e+3', float(1000)],
    ['1.0E+3', float(1000)],
    ['1.0e-3', float(0.001)],
    ['.5', float(0.5)],
    ['-.5', str('-.5')],
    ['+.5', str('+.5')],
    ['.5e+3', float(500)],
    ['1.', float(1)],
    ['3.', float(3)],
    ['1_.5', float(1.5)],
    ['+1', int(1n)],
    ['-0', int(0n)],
    ['+0', int(0n)],
    ['08', str('08')],
    ['09', str('09')],
    ['~', NULL],
    ['', NULL],
    ['null', NULL],
    ['Null', NULL],
    ['NULL', NULL],
    ['nULL', str('nULL')],
    ['.inf', float(Infinity)],
    ['-.Inf', float(-Infinity)],
    ['+.INF', float(Infinity)],
    ['0.1e+1_0', str('0.1e+1_0')],
  ])('%j', (source, expected) => {
    expect(resolvePlainPy(source)).toEqual(expected);
  });

  it('reads .nan and .NaN as NaN', () => {
    for (const s of ['.nan', '.NaN', '.NAN']) {
      const v = resolvePlainPy(s);
      expect(v.kind === 'float' && Number.isNaN(v.value)).toBe(true);
    }
  });

  it('reads -0.0 as negative zero', () => {
    expect(Object.is((resolvePlainPy('-0.0') as { value: number }).value, -0)).toBe(true);
  });

  it('reads dates and datetimes as timestamps keeping the text', () => {
    expect(resolvePlainPy('2024-01-01')).toEqual({ kind: 'timestamp', text: '2024-01-01' });
    expect(resolvePlainPy('2024-1-1 10:00:00')).toEqual({ kind: 'timestamp', text: '2024-1-1 10:00:00' });
    expect(resolvePlainPy('2024-1-1')).toEqual(str('2024-1-1'));
  });

  it('keeps big ints exact', () => {
    expect(resolvePlainPy('123456789012345678901234567890')).toEqual(int(123456789012345678901234567890n));
  });
});

describe('py11Tag', () => {
  it('follows the resolver order and first characters', () => {
    expect(['yes', '1.5', '15', '<<', '~', '2024-01-01', '=', 'abc'].map(py11Tag)).toEqual([
      'bool',
      'float',
      'int',
      'merge',
      'null',
      'timestamp',
      'value',
      'str',
    ]);
  });
});

describe('py11LoadError (texts PyYAML raises on)', () => {
  it.each([
    ['0b_', 'ValueError'],
    ['0x_', 'ValueError'],
    ['2024-13-45', 'month must be in 1..12'],
    ['2024-02-30', 'day is out of range for month'],
    ['2023-02-29', 'day is out of range for month'],
    ['0000-01-01', 'year 0 is out of range'],
    ['2024-01-01T24:00:00', 'hour must be in 0..23'],
    ['2024-01-01T10:00:00 +24', 'strictly between'],
    ['=', 'tag:yaml.org,2002:value'],
    ['<<', 'tag:yaml.org,2002:merge'],
  ])('%j', (source, fragment) => {
    expect(py11LoadError(source)).toContain(fragment);
    expect(resolvePlainPy(source)).toEqual(str(source));
  });

  it('is null for texts that load', () => {
    expect(['2024-02-29', 'on', '1.10', 'abc', ''].map(py11LoadError)).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
  });
});

describe('explicit tags (PyYAML constructors on any text)', () => {
  it('builds ints like construct_yaml_int', () => {
    expect(constructPyInt('3')).toEqual({ ok: true, value: int(3n) });
    expect(constructPyInt(' 12 ')).toEqual({ ok: true, value: int(12n) });
    expect(constructPyInt('0o17')).toEqual({ ok: true, value: int(15n) });
    expect(constructPyInt('1_0')).toEqual({ ok: true, value: int(10n) });
    expect(constructPyInt('abc').ok).toBe(false);
    expect(constructPyInt('').ok).toBe(false);
  });

  it('builds floats like construct_yaml_float', () => {
    expect(constructPyFloat('1e3')).toEqual({ ok: true, value: float(1000) });
    expect(constructPyFloat(' 1_0 ')).toEqual({ ok: true, value: float(10) });
    expect(constructPyFloat('infinity')).toEqual({ ok: true, value: float(Infinity) });
    expect(constructPyFloat('1:30')).toEqual({ ok: true, value: float(90) });
    expect(constructPyFloat('x').ok).toBe(false);
  });

  it('builds bools, nulls and strings', () => {
    expect(constructPyTagged('bool', 'YES')).toEqual({ ok: true, value: bool(true) });
    expect(constructPyTagged('bool', 'maybe').ok).toBe(false);
    expect(constructPyTagged('bool', 'constructor').ok).toBe(false);
    expect(constructPyTagged('null', 'x')).toEqual({ ok: true, value: NULL });
    expect(constructPyTagged('str', '1')).toEqual({ ok: true, value: str('1') });
  });
});

describe('describePy11Trap', () => {
  it.each<[string, string, string]>([
    ['yes', 'bool', 'YAML 1.1 reads `yes` as the boolean true'],
    ['No', 'bool', 'YAML 1.1 reads `No` as the boolean false'],
    ['on', 'bool', 'YAML 1.1 reads `on` as the boolean true'],
    ['OFF', 'bool', 'YAML 1.1 reads `OFF` as the boolean false'],
    ['1.10', 'number', 'YAML 1.1 reads `1.10` as the number 1.1'],
    ['0777', 'number', 'YAML 1.1 reads `0777` as the octal number 511'],
    ['0x1F', 'number', 'YAML 1.1 reads `0x1F` as the hexadecimal number 31'],
    ['0b101', 'number', 'YAML 1.1 reads `0b101` as the binary number 5'],
    ['1_000', 'number', 'YAML 1.1 reads `1_000` as the number 1000'],
    ['12:30', 'number', 'YAML 1.1 reads `12:30` as the base-60 number 750'],
    ['190:20:30', 'number', 'YAML 1.1 reads `190:20:30` as the base-60 number 685230'],
    ['1.0e+3', 'number', 'YAML 1.1 reads `1.0e+3` as the number 1000.0'],
    ['.5', 'number', 'YAML 1.1 reads `.5` as the number 0.5'],
    ['+1', 'number', 'YAML 1.1 reads `+1` as the number 1'],
    ['-0', 'number', 'YAML 1.1 reads `-0` as the number 0'],
    ['2024-01-01', 'timestamp', 'YAML 1.1 reads `2024-01-01` as a date'],
    ['2024-01-01T10:00:00Z', 'timestamp', 'YAML 1.1 reads `2024-01-01T10:00:00Z` as a date and time'],
  ])('%j', (source, kind, reading) => {
    expect(describePy11Trap(source)).toEqual({ kind, reading });
  });

  it.each([
    [
      '1e3',
      'YAML 1.1 reads `1e3` as the text "1e3", not a number; YAML 1.1 needs a dot and a signed exponent, as in 1.0e+3',
    ],
    [
      '1.0e3',
      'YAML 1.1 reads `1.0e3` as the text "1.0e3", not a number; YAML 1.1 needs a dot and a signed exponent, as in 1.0e+3',
    ],
    [
      '0o17',
      'YAML 1.1 reads `0o17` as the text "0o17", not a number; YAML 1.1 writes octal with a leading 0 (017)',
    ],
    ['-.5', 'YAML 1.1 reads `-.5` as the text "-.5", not a number; write -0.5'],
    [
      '08',
      'YAML 1.1 reads `08` as the text "08", not a number; a leading 0 means octal in YAML 1.1 and this has the digit 8 or 9',
    ],
  ])('%j is text in YAML 1.1 but a number in 1.2', (source, reading) => {
    expect(describePy11Trap(source)).toEqual({ kind: 'number', asText: true, reading });
  });

  it('flags texts that stop the file from loading', () => {
    expect(describePy11Trap('0b_')).toMatchObject({ kind: 'number', fatal: true });
    expect(describePy11Trap('2024-02-30')).toMatchObject({ kind: 'timestamp', fatal: true });
  });

  it.each([
    'true',
    'True',
    'FALSE',
    '5',
    '-5',
    '1.5',
    '1.0',
    '100.0',
    '-0.0',
    '1.5e+20',
    '.inf',
    '-.inf',
    '.nan',
    '~',
    '',
    'null',
    'y',
    'n',
    'abc',
    '12:60',
    '0:30',
    'image:tag',
  ])('%j is not a trap', (source) => {
    expect(describePy11Trap(source)).toBeNull();
  });
});
