import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toJson } from './json';

describe('toJson', () => {
  it('indents by two spaces, keeps key order and ends with a newline', () => {
    const value = {
      nodeSelector: { gpu: 'true' },
      labels: { b: '1', a: '2' },
      tolerations: [{ key: 'k', operator: 'Exists' }],
    };
    expect(toJson(value)).toBe(
      [
        '{',
        '  "nodeSelector": {',
        '    "gpu": "true"',
        '  },',
        '  "labels": {',
        '    "b": "1",',
        '    "a": "2"',
        '  },',
        '  "tolerations": [',
        '    {',
        '      "key": "k",',
        '      "operator": "Exists"',
        '    }',
        '  ]',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('writes empty containers and scalars on one line', () => {
    expect(toJson({ a: {}, b: [], c: null, d: true, e: 1.5 })).toBe(
      '{\n  "a": {},\n  "b": [],\n  "c": null,\n  "d": true,\n  "e": 1.5\n}\n',
    );
    expect(toJson({})).toBe('{}\n');
    expect(toJson('x')).toBe('"x"\n');
  });

  it('never throws: bigint digits, non-finite numbers and cycles as null', () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic['self'] = cyclic;
    expect(toJson({ big: 12345678901234567890n, nan: NaN, inf: -Infinity, cyclic })).toBe(
      '{\n  "big": 12345678901234567890,\n  "nan": null,\n  "inf": null,\n  "cyclic": {\n    "a": 1,\n    "self": null\n  }\n}\n',
    );
  });

  it('drops undefined members and writes undefined items as null', () => {
    expect(toJson({ a: undefined, b: [undefined] })).toBe('{\n  "b": [\n    null\n  ]\n}\n');
  });

  it('matches JSON.stringify(value, null, 2) on JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(toJson(value)).toBe(`${JSON.stringify(value, null, 2)}\n`);
      }),
      { numRuns: 500 },
    );
  });
});
