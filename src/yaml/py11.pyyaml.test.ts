import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pythonAvailable, pyyamlScalars } from '../px/pythonOracle';
import { pyStr, pyTypeName } from '../px/pyText';
import { py11LoadError, resolvePlainPy } from './py11';

/** Our reading in the oracle's shape: [Python type name, str() text] or ['error', …]. */
function ours(s: string): [string, string] {
  if (py11LoadError(s) !== null) return ['error', ''];
  const v = resolvePlainPy(s);
  return v.kind === 'null' ? ['NoneType', ''] : [pyTypeName(v), pyStr(v)];
}

const TOKENS = [
  '0',
  '1',
  '5',
  '7',
  '8',
  '9',
  '00',
  '12',
  '59',
  '60',
  '.',
  '_',
  ':',
  '-',
  '+',
  'e',
  'E',
  'e+',
  'e-',
  'x',
  'X',
  'b',
  'B',
  'o',
  'O',
  'a',
  'f',
  'F',
  'inf',
  'Inf',
  'nan',
  'NaN',
  '~',
  'n',
  'y',
];

function tokenCorpus(): string[] {
  const out = new Set<string>(TOKENS);
  for (const a of TOKENS)
    for (const b of TOKENS) {
      out.add(a + b);
      for (const c of TOKENS) out.add(a + b + c);
    }
  return [...out];
}

const WORDS = [
  'yes',
  'Yes',
  'YES',
  'yEs',
  'no',
  'No',
  'NO',
  'nO',
  'on',
  'On',
  'ON',
  'oN',
  'off',
  'Off',
  'OFF',
  'true',
  'True',
  'TRUE',
  'tRUE',
  'false',
  'False',
  'FALSE',
  'y',
  'Y',
  'n',
  'N',
  'null',
  'Null',
  'NULL',
  'nULL',
  '~',
  '',
  '=',
  '<<',
  '.inf',
  '-.Inf',
  '+.INF',
  '.NaN',
  '.nan',
  '-.nan',
  'nan',
  'inf',
];

const TIMES = [
  '2024-01-01',
  '2024-1-1',
  '2024-01-1',
  '2024-02-29',
  '2023-02-29',
  '2024-13-01',
  '2024-00-10',
  '0000-01-01',
  '2024-01-01T10:00:00',
  '2024-1-1 9:05:07',
  '2024-01-01t10:00:00Z',
  '2024-01-01 10:00:00.5',
  '2024-01-01 10:00:00.1234567 -5',
  '2024-01-01T10:00:00+05:30',
  '2024-01-01T10:00:00 +24',
  '2024-01-01T10:00:00-23:59',
  '2024-01-01T24:00:00',
  '2024-01-01T10:60:00',
  '2024-01-01T10:00:60',
  '2024-01-01  10:00:00',
  '2024-01-01\t10:00:00',
  '2024-01-01T10:00',
  '2024-01-01T10:00:00.',
  '2024-01-01T10:00:00.000000',
  '1999-12-31T23:59:59.999999999Z',
];

describe.skipIf(!pythonAvailable)('resolvePlainPy against PyYAML 6 (python3 on this machine)', () => {
  it('agrees on every 1–3 token number-like scalar', () => {
    const corpus = tokenCorpus();
    const expected = pyyamlScalars(corpus);
    const mismatches = corpus.filter(
      (s, i) =>
        JSON.stringify(ours(s)) !==
        JSON.stringify(expected[i]?.[0] === 'error' ? ['error', ''] : expected[i]),
    );
    expect(mismatches.slice(0, 20)).toEqual([]);
    expect(corpus.length).toBeGreaterThan(40_000);
  });

  it('agrees on words, timestamps and random texts', () => {
    const chars = fc.constantFrom(...'0123456789._:-+eExXbBoO yYnNtTfF~ZzT'.split(''));
    const random = fc.sample(fc.string({ unit: chars, maxLength: 12 }), { seed: 42, numRuns: 5000 });
    const corpus = [...WORDS, ...TIMES, ...random];
    const expected = pyyamlScalars(corpus);
    const mismatches = corpus.filter(
      (s, i) =>
        JSON.stringify(ours(s)) !==
        JSON.stringify(expected[i]?.[0] === 'error' ? ['error', ''] : expected[i]),
    );
    expect(mismatches).toEqual([]);
  });
});
