import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isMap, isScalar, isSeq, parseAllDocuments, type Document, type Node } from 'yaml';
import type { Path } from '../path/path';
import { applySplices } from './compose';
import type { Splice } from './context';
import { sortSplices } from './move';
import { findKey } from './resolve';
import { hasAnchors, scopeFor, sliceOf, type Scope } from './scope';
import { genDoc, genLayout, writeDoc } from './testDocs';
import { deepEqual, verify, verifyInScope } from './verify';

const OPTIONS = { keepSourceTokens: true, uniqueKeys: false, prettyErrors: false } as const;
// Top-level lines that keep the collections under test a small part of the text.
const filler = (lines: number): string => Array.from({ length: lines }, (_, i) => `k${i}: ${i}\n`).join('');
const FILLER = filler(12);
const BEFORE = `first: 1\n${FILLER}---\n`;
const AFTER = '---\n# after\nlast: true\n';

function parse(text: string): Document.Parsed[] {
  const docs = parseAllDocuments(text, OPTIONS);
  return Array.isArray(docs) ? docs : [];
}

// Every block collection of a document with its path (only paths that lead back to it).
function collections(node: unknown, path: Path = []): { node: Node; path: Path }[] {
  const out: { node: Node; path: Path }[] = [];
  if (isMap(node) && !node.flow) {
    out.push({ node, path });
    node.items.forEach((pair, i) => {
      if (!isScalar(pair.key)) return;
      const key = String(pair.key.value);
      if (findKey(node, key) === i) out.push(...collections(pair.value, [...path, key]));
    });
  } else if (isSeq(node) && !node.flow) {
    out.push({ node, path });
    node.items.forEach((item, i) => out.push(...collections(item, [...path, i])));
  }
  return out;
}

// `value` with the value at `path` replaced by `sub`.
function replaced(value: unknown, path: Path, sub: unknown): unknown {
  if (path.length === 0) return sub;
  const [seg, ...rest] = path;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<
    string | number,
    unknown
  >;
  copy[seg as string | number] = replaced(copy[seg as string | number], rest, sub);
  return copy;
}

// Text that may break the structure when dropped anywhere inside a collection.
const SNIPPETS = [
  '\n',
  '\n\n',
  '  ',
  ' ',
  '- ',
  '\n- ',
  '\n  - ',
  ': ',
  'k: v',
  '\nk: v',
  '\n  k: v',
  '\n    k: v',
  '#',
  ' # c',
  '\n# c',
  '"',
  "'",
  '|',
  ' |+\n',
  ' >\n',
  '{',
  '}',
  '[',
  ']',
  ',',
  '&a ',
  '*a',
  '!!str ',
  '---\n',
  '...\n',
  '? ',
  'x',
  '\t',
  '%YAML 1.1\n',
  '\r\n',
];

// Mostly harmless changes (most of them then pass), sometimes structure-breaking ones.
const genSplices = fc.array(
  fc.record({
    at: fc.nat(),
    cut: fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, fc.nat({ max: 12 })),
    insert: fc.oneof(
      { weight: 2, arbitrary: fc.constantFrom('', 'x', '1', 'ab', ' ') },
      fc.array(fc.constantFrom(...SNIPPETS), { maxLength: 3 }).map((s) => s.join('')),
    ),
  }),
  { minLength: 1, maxLength: 3 },
);

describe('scoped verification', () => {
  it('accepts a change only when the whole text reads the same way', () => {
    let accepted = 0;
    let checked = 0;
    fc.assert(
      fc.property(genDoc, genLayout, fc.nat(), genSplices, (root, layout, pick, raw) => {
        const nl = (t: string): string => (layout.crlf ? t.replace(/\n/g, '\r\n') : t);
        const tail = layout.noFinalNewline ? '' : nl(AFTER);
        const text = nl(BEFORE) + writeDoc(root, layout) + tail;
        const docs = parse(text);
        const doc = docs[1];
        if (!doc || doc.errors.length > 0) return;
        const all = collections(doc.contents);
        const target = all[pick % Math.max(1, all.length)];
        if (!target) return;
        const start = target.node.range?.[0] ?? 0;
        const base = scopeFor(text, doc, [{ from: start, to: start, insert: '' }], target.path);
        if (!base || base.depth !== target.path.length) return;
        // Random cuts and insertions inside the collection's lines.
        const lo = base.from + base.blank;
        const span = base.to - lo;
        const splices = sortSplices(
          raw.map((r) => {
            const from = lo + (r.at % (span + 1));
            return { from, to: Math.min(base.to, from + r.cut), insert: r.insert };
          }),
        ).filter((s, i, list) => i === 0 || s.from >= (list[i - 1] as Splice).to);
        const scope = scopeFor(text, doc, splices, target.path) as Scope;
        expect(scope).toEqual(base);
        const next = applySplices(text, splices);
        const slice = sliceOf(text, splices, scope);
        if (slice === null) return;
        const own = parse(slice)[0];
        let value: unknown;
        try {
          value = own?.toJS();
        } catch {
          return;
        }
        checked++;
        const expectation = { kind: 'value' as const, path: target.path, value };
        if (!verifyInScope({ scope, text, splices }, expectation)) return;
        accepted++;
        // Accepted: the whole text has the same documents, no error, and reads as the old
        // document with the collection replaced by what the slice reads.
        const context = `${JSON.stringify(splices)}\n--- before\n${text}\n--- after\n${next}`;
        const read = parse(next);
        expect(read.length, context).toBe(docs.length);
        expect(
          read.map((d) => d.errors.length),
          context,
        ).toEqual(docs.map(() => 0));
        const want = replaced(doc.toJS(), target.path, value);
        expect(deepEqual(read[1]?.toJS(), want), context).toBe(true);
        expect(next.endsWith(tail), context).toBe(true);
        if (tail) expect(read[2]?.toJS(), context).toEqual({ last: true });
        expect(verify(next, 1, docs.length, expectation), context).toBeNull();
      }),
      { numRuns: Number(process.env.SCOPE_RUNS ?? 2000) },
    );
    // The generator must reach both outcomes often enough to mean something.
    expect(checked).toBeGreaterThan(250);
    expect(accepted).toBeGreaterThan(100);
  }, 120_000);
});

describe('scopeFor', () => {
  const text = [
    'run:',
    '  environment:',
    '    labels:',
    '      team: a',
    '      cost: b',
    '    tolerations:',
    '      - key: x',
    '        effect: NoSchedule',
    '    nodeName: n1',
    'other: 1',
    filler(30),
  ].join('\n');
  const doc = parse(text)[0] as Document.Parsed;
  const at = (s: string): number => text.indexOf(s);

  it('picks the innermost block collection on the path whose lines hold every change', () => {
    const splice = { from: at('b\n'), to: at('b\n') + 1, insert: 'c' };
    const scope = scopeFor(text, doc, [splice], ['run', 'environment', 'labels', 'cost']);
    expect(scope).toMatchObject({ from: at('      team'), to: at('    tolerations'), col: 6, depth: 3 });
  });

  it('reads the `- ` before a compact map as spaces, and leaves it out of the changes', () => {
    const splice = { from: at('x\n'), to: at('x\n') + 1, insert: 'y' };
    const scope = scopeFor(text, doc, [splice], ['run', 'environment', 'tolerations', 0, 'key']);
    expect(scope).toMatchObject({ from: at('      - key'), blank: 8, col: 8, kind: 'map', depth: 4 });
    expect(sliceOf(text, [splice], scope as Scope)).toBe('        key: y\n        effect: NoSchedule\n');
  });

  it('moves out to the parent when a change reaches past a collection', () => {
    // Removing the last label with its line end reaches into the next line's range only at
    // its start: still inside the labels' lines.
    const cost = { from: at('      cost'), to: at('    tolerations'), insert: '' };
    expect(scopeFor(text, doc, [cost], ['run', 'environment', 'labels'])?.depth).toBe(3);
    // A change to the `labels:` key line is outside the labels' lines.
    const key = { from: at('labels'), to: at('labels') + 6, insert: 'tags' };
    expect(scopeFor(text, doc, [key], ['run', 'environment', 'labels'])).toMatchObject({ depth: 2 });
  });

  it('gives up on anchors, directives, and collections that are most of the text', () => {
    const anchored = `a:\n  b: &x 1\n  c: 2\nd: *x\n${FILLER}`;
    const splice = { from: anchored.indexOf('2'), to: anchored.indexOf('2') + 1, insert: '3' };
    expect(scopeFor(anchored, parse(anchored)[0] ?? null, [splice], ['a', 'c'])).toBeNull();
    const directive = `%YAML 1.1\n---\n${text}`;
    const d = parse(directive)[0] ?? null;
    const s = { from: directive.indexOf('b\n'), to: directive.indexOf('b\n') + 1, insert: 'c' };
    expect(scopeFor(directive, d, [s], ['run', 'environment', 'labels', 'cost'])).toBeNull();
    const short = text.slice(0, at('other'));
    const whole = { from: at('n1'), to: at('n1') + 2, insert: 'n2' };
    expect(scopeFor(short, parse(short)[0] ?? null, [whole], ['run', 'environment', 'nodeName'])).toBeNull();
  });

  it('gives up when the line after the collection is indented deeper than it', () => {
    // `# deep` after the last entry would become part of a `|` scalar written there.
    const deep = `a:\n  b:\n    c: 1\n      # deep\n  d: 1\n${FILLER}`;
    const splice = { from: deep.indexOf('1'), to: deep.indexOf('1') + 1, insert: '|\n      x' };
    expect(scopeFor(deep, parse(deep)[0] ?? null, [splice], ['a', 'b', 'c'])?.depth).toBe(1);
  });

  it('finds anchors and aliases anywhere under a node', () => {
    const d = parse('a:\n  - b: {c: &x 1}\n')[0];
    expect(hasAnchors(d?.contents)).toBe(true);
    expect(hasAnchors(parse('a:\n  - b: {c: 1}\n')[0]?.contents)).toBe(false);
    expect(hasAnchors(parse('a: [*y]\n')[0]?.contents)).toBe(true);
  });
});
