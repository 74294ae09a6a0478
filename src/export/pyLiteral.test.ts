import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasPython, runPython } from './externalTools';
import { anyNumber, hostileString } from './pyArbitraries';
import { pythonNumber, pythonString } from './pyLiteral';

describe('pythonString', () => {
  it.each([
    ['vision', '"vision"'],
    ['', '""'],
    ["it's", '"it\'s"'],
    ['say "hi"', '\'say "hi"\''],
    ['"a" \'b\'', '"\\"a\\" \'b\'"'],
    ['back\\slash', '"back\\\\slash"'],
    ['line\nbreak\r\ttab', '"line\\nbreak\\r\\ttab"'],
    ['nul\0 esc\x1b del\x7f', '"nul\\x00 esc\\x1b del\\x7f"'],
    ['nbsp\u00a0 zwsp\u200b ls\u2028 bom\ufeff', '"nbsp\\xa0 zwsp\\u200b ls\\u2028 bom\\ufeff"'],
    ['lone \ud800', '"lone \\ud800"'],
    ['private \u{f0000}', '"private \\U000f0000"'],
    ['café 中 😀 e\u0301', '"café 中 😀 e\u0301"'],
    ['"""', '\'"""\''],
  ])('%j → %s', (input, expected) => {
    expect(pythonString(input)).toBe(expected);
  });
});

describe('pythonNumber', () => {
  it.each([
    [0, '0'],
    [-0, '0'],
    [42, '42'],
    [-7, '-7'],
    [2 ** 53 + 2, '9007199254740994'],
    [1e21, '1000000000000000000000'],
    [0.5, '0.5'],
    [-1.25, '-1.25'],
    [0.1 + 0.2, '0.30000000000000004'],
    [0.0001, '0.0001'],
    [0.00001, '1e-05'],
    [-1.5e-7, '-1.5e-07'],
    [5e-324, '5e-324'],
    [123456789.123, '123456789.123'],
    [NaN, 'float("nan")'],
    [Infinity, 'float("inf")'],
    [-Infinity, '-float("inf")'],
  ])('%d → %s', (input, expected) => {
    expect(pythonNumber(input)).toBe(expected);
  });
});

describe.skipIf(!hasPython)('literals read back by python3', () => {
  it('ast.literal_eval gives back every string', () => {
    const strings = fc.sample(hostileString, { seed: 1, numRuns: 2000 });
    const literals = strings.map(pythonString);
    const script =
      'import ast, json, sys\njson.dump([ast.literal_eval(s) for s in json.load(sys.stdin)], sys.stdout)';
    const back = JSON.parse(runPython(script, JSON.stringify(literals))) as string[];
    strings.forEach((s, i) => expect(back[i], literals[i]).toBe(s));
  });

  it('numbers equal the value and floats are spelled as repr (black drops the exponent "+")', () => {
    const numbers = fc.sample(anyNumber, { seed: 2, numRuns: 2000 });
    const literals = numbers.map(pythonNumber);
    const script = [
      'import ast, json, sys',
      'out = []',
      'for n, lit in json.load(sys.stdin):',
      '    v = ast.literal_eval(lit)',
      '    want = str(int(n)) if isinstance(v, int) else repr(float(n)).replace("e+", "e")',
      '    out.append([v == n, want])',
      'json.dump(out, sys.stdout)',
    ].join('\n');
    const input = JSON.stringify(numbers.map((n, i) => [n, literals[i]]));
    const back = JSON.parse(runPython(script, input)) as [boolean, string][];
    numbers.forEach((n, i) => {
      expect(back[i]?.[0], `${n} → ${literals[i]}`).toBe(true);
      expect(literals[i]).toBe(back[i]?.[1]);
    });
  });
});
