import { doubleQuoted, singleQuoted } from '../../edit/quoting';
import { measure } from '../../edit/style';
import { scalarAt, splices } from '../nodes';
import type { Fix, FixContext } from '../types';

/** Whether the issue asks for its plain scalar to be written in quotes. */
function wantsQuotes(ctx: FixContext): boolean {
  const data = ctx.issue.data;
  if (data?.['quote'] !== true) return false;
  if (ctx.issue.code !== 'type-mismatch') return true;
  const expected = data['expected'];
  // Quotes make a scalar a string, never a list or a mapping (`nodeSelector: npu2`).
  return (
    typeof expected === 'string' &&
    expected.includes('string') &&
    !expected.includes('list') &&
    !expected.includes('mapping')
  );
}

/**
 * YAML 1.1 traps and non-strings where a string is meant (`on`, `yes`, `1.10`, `0777`, `12:30`,
 * `2024-01-01`, `tier: 1`, `nodeName: 12`, keys such as `1.10:`): the scalar as written, in
 * quotes. A raw splice, because a key that is not a string has no path an edit can name.
 */
export const quoteScalarFix: Fix = {
  codes: [
    'yaml11-bool',
    'yaml11-number',
    'yaml11-timestamp',
    'coerced-value',
    'type-mismatch',
    'key-not-string',
  ],
  kind: 'safe',
  choices(ctx) {
    if (!wantsQuotes(ctx)) return [];
    const node = scalarAt(ctx.doc, ctx.issue.range.start.offset);
    if (!node?.range || node.type !== 'PLAIN') return [];
    const [from, to] = node.range;
    const written = ctx.text.slice(from, to);
    if (written === '' || /[\r\n]/.test(written)) return [];
    const m = measure(ctx.text, ctx.doc);
    const quoted = m.single > m.double ? singleQuoted(written) : doubleQuoted(written);
    return [splices(`Quote as ${quoted}`, [{ from, to, insert: quoted }])];
  },
};
