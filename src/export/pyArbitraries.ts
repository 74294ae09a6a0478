/**
 * fast-check generators of JSON-like section values for the Python export tests: strings
 * mixing hostile characters (quotes, backslashes, controls, lone surrogates, wide and
 * combining characters), numbers of every shape, nested lists and dicts.
 */
import fc from 'fast-check';
import { sectionKeys, type PythonSectionKind } from './python';

/** Pieces that stress quoting, escaping and the width count. */
const HOSTILE = [
  '"',
  "'",
  '\\',
  '"""',
  "'''",
  '\n',
  '\r',
  '\t',
  '\0',
  '\x1b',
  '\x7f',
  '\x85',
  '\u00a0',
  '\u200b',
  '\u2028',
  '\ufeff',
  '\ud800',
  '\udfff',
  'é',
  'e\u0301',
  '中',
  '😀',
  '\\n',
  '\\"',
  ' ',
];

/** A string built from ASCII words, hostile pieces and arbitrary code points. */
export const hostileString: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: fc.string({ maxLength: 12 }) },
      { weight: 2, arbitrary: fc.constantFrom(...HOSTILE) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
    ),
    { maxLength: 5 },
  )
  .map((parts) => parts.join(''));

/** Finite numbers: small and 32-bit ints, huge integral doubles, fractions, tiny values. */
export const anyNumber: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: -1000, max: 1000 }),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.double({ min: -1e-3, max: 1e-3, noNaN: true }),
  fc.constantFrom(0.1, 0.5, 1.5, 1e-5, 1e-7, 123.456, 2 ** 53 + 2, 1e21, 1e300, -0),
);

const scalar = fc.oneof(
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 2, arbitrary: anyNumber },
  { weight: 5, arbitrary: hostileString },
);

/** JSON-like values nested a few levels deep. */
export const jsonLike: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(hostileString, tie('value'), { maxKeys: 4 }),
  ),
})).value;

/** A section value: some of the kind's `to_dict()` keys with JSON-like values. */
export function sectionValue(kind: PythonSectionKind): fc.Arbitrary<Record<string, unknown>> {
  return fc.dictionary(fc.constantFrom(...sectionKeys(kind)), jsonLike, { maxKeys: 6 });
}
