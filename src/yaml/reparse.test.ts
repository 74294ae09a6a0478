import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAlias, isMap, isPair, isScalar, isSeq, type Document } from 'yaml';
import { genDoc, genLayout, writeDoc } from '../edit/testDocs';
import { reparse } from './reparse';
import { parseSource, type SourceFile } from './source';

// What a parse says about a text, as plain data: every node's kind, offsets, style, tag,
// anchor and value, each document's offsets and problems, and the line index. (Comments
// attached to nodes are left out: nothing reads them, and a slice read alone may attach a
// trailing comment to the document rather than the collection.)
function shape(file: SourceFile): unknown {
  const node = (n: unknown): unknown => {
    if (isPair(n)) return { pair: [node(n.key), node(n.value)] };
    if (isAlias(n)) return { alias: n.source, range: n.range };
    if (isScalar(n)) {
      return {
        scalar: n.value,
        type: n.type,
        source: n.source,
        tag: n.tag,
        anchor: n.anchor,
        range: n.range,
      };
    }
    if (isMap(n) || isSeq(n)) {
      return {
        [isMap(n) ? 'map' : 'seq']: n.items.map(node),
        flow: Boolean(n.flow),
        tag: n.tag,
        anchor: n.anchor,
        range: n.range,
      };
    }
    return n ?? null;
  };
  const doc = (d: Document.Parsed): unknown => ({
    range: d.range,
    errors: d.errors.map((e) => [e.code, e.pos]),
    warnings: d.warnings.map((w) => [w.code, w.pos]),
    contents: node(d.contents),
  });
  return { docs: file.docs.map(doc), lines: file.lines.lineStarts };
}

// Text that may break the structure when typed anywhere.
const SNIPPETS = [
  '\n',
  '  ',
  ' ',
  '- ',
  '\n- ',
  '\n  - ',
  ': ',
  'key: v',
  '\nkey: v',
  '\n  key: v',
  '\n    key: v',
  '#',
  ' # note',
  '\n# note',
  '"',
  "'",
  '|',
  ' |-\n',
  ' >\n',
  '{',
  '}',
  '[',
  ']',
  ',',
  '&anchor ',
  '*anchor',
  '!!str ',
  '---\n',
  '...\n',
  '? ',
  '\t',
  '%YAML 1.1\n',
  '\r\n',
];

const genChange = fc.record({
  at: fc.nat(),
  cut: fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, fc.nat({ max: 12 })),
  insert: fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom('', 'x', '1', 'ab', ' ', 'é') },
    fc.array(fc.constantFrom(...SNIPPETS), { maxLength: 3 }).map((s) => s.join('')),
  ),
});

const filler = (tag: string, n: number): string =>
  Array.from({ length: n }, (_, i) => `${tag}${i}: ${i}\n`).join('');

describe('reparse', () => {
  it.each(['copy', 'move'] as const)(
    'reads a changed text exactly as parsing it whole does, or declines (%s)',
    (reuse) => {
      let used = 0;
      let runs = 0;
      fc.assert(
        fc.property(genDoc, genLayout, genChange, fc.boolean(), (root, layout, change, multi) => {
          const nl = (t: string): string => (layout.crlf ? t.replace(/\n/g, '\r\n') : t);
          // Under a key, so the generated collections are a small part of the text.
          const body = `body:\n${writeDoc(root, layout).replace(/^(?=[^\r\n])/gm, '  ')}`;
          const text = multi
            ? nl(`${filler('a', 6)}---\n`) + body + nl(`---\n${filler('z', 6)}`)
            : nl(`top:\n  ${filler('a', 8).replace(/\n(?=.)/g, '\n  ')}`) + body + nl(filler('z', 8));
          const prev = parseSource(text);
          const from = change.at % (text.length + 1);
          const next =
            text.slice(0, from) + change.insert + text.slice(Math.min(text.length, from + change.cut));
          const got = reparse(prev, next, reuse);
          runs++;
          if (!got) return;
          used++;
          expect(shape(got)).toEqual(shape(parseSource(next)));
          expect(got.text).toBe(next);
        }),
        { numRuns: reuse === 'copy' ? 2500 : 1500 },
      );
      // The comparison means something only if the fast path is taken often.
      expect(used).toBeGreaterThan(runs / 25);
    },
  );

  it('leaves the earlier parse as it was', () => {
    const text = 'a:\n  b: 1\n  c: [1, 2]\nd:\n  e: x\n  f: y\n' + filler('k', 20);
    const prev = parseSource(text);
    const before = JSON.stringify(shape(prev));
    const next = text.replace('b: 1', 'b: 12345');
    expect(reparse(prev, next)).not.toBeNull();
    expect(JSON.stringify(shape(prev))).toBe(before);
  });

  it('reads edits of a long pipeline as a whole parse does', () => {
    const env = (i: number): string =>
      `  - name: step-${i}\n    environment:\n      labels:\n        team: t${i}\n      nodeSelector:\n        pool: gpu\n`;
    const text = `run:\n  kind: dag\n  operations:\n${Array.from({ length: 40 }, (_, i) => env(i)).join('')}`;
    const prev = parseSource(text);
    for (const [find, put] of [
      ['team: t3\n', 'team: t3x\n'],
      ['pool: gpu\n', 'pool: yes\n'],
      ['team: t7\n', 'team: t7\n        other: [\n'],
    ] as const) {
      const next = text.replace(find, put);
      const got = reparse(prev, next);
      if (got) expect(shape(got)).toEqual(shape(parseSource(next)));
    }
    expect(reparse(prev, text.replace('team: t3\n', 'team: t3x\n'))).not.toBeNull();
  });

  it('declines changes it cannot place with certainty', () => {
    const text = `a: &x\n  b: 1\nc: *x\n${filler('k', 20)}`;
    expect(reparse(parseSource(text), text.replace('b: 1', 'b: 2'))).toBeNull();
    const two = `a:\n  b: 1\n${filler('k', 20)}`;
    expect(reparse(parseSource(two), two.replace('b: 1', 'b: 1\n---\n'))).toBeNull();
    expect(reparse(parseSource(two), `%YAML 1.1\n---\n${two}`)).toBeNull();
  });
});
