import { describe, expect, it } from 'vitest';
import { source } from '../testing/source';
import { applySplices } from './compose';
import { applyEdit, applyEdits } from './edit';
import { crlf, expectEdit, expectEdits, expectRefusal } from './testHelpers';

const multi = source`
  %YAML 1.1
  ---
  # first
  environment:
    labels:
      a: b
  ...
  ---
  cleaner:
    image: x   # 日本語のコメント
  --- # third
  # nothing yet
`;

describe('multi-document files', () => {
  it('edits the selected document and leaves the others byte-identical', () => {
    const r = applyEdit(
      multi,
      { op: 'set', path: ['cleaner', 'image'], value: 'polyaxon/cleaner:1.0' },
      { doc: 1 },
    );
    expect(r.ok && r.text).toBe(multi.replace('image: x', 'image: polyaxon/cleaner:1.0'));
  });

  it('appends inside the first document, before its end marker', () => {
    expectEdit(
      multi,
      { op: 'set', path: ['environment', 'labels', 'c'], value: 'd' },
      multi.replace('  a: b\n', '  a: b\n    c: d\n'),
    );
  });

  it('creates content in an empty document after its comments', () => {
    expectEdit(
      multi,
      { op: 'set', path: ['cleaner', 'image'], value: 'y' },
      `${multi}cleaner:\n  image: "y"\n`,
      { doc: 2 },
    );
  });

  it('creates content in an empty document followed by another one', () => {
    expectEdit('---\n# c\n---\na: 1\n', { op: 'set', path: ['b'], value: 2 }, '---\n# c\nb: 2\n---\na: 1\n');
  });

  it('refuses a document that does not exist', () => {
    expectRefusal(multi, { op: 'set', path: ['a'], value: 1 }, /no document 3 \(the file has 3\)/, {
      doc: 3,
    });
  });
});

describe('line endings', () => {
  it('keeps CRLF line endings in new lines', () => {
    const input = crlf('e:\n  labels:\n    a: b # c\n  z: 1\n');
    expectEdit(
      input,
      { op: 'set', path: ['e', 'labels', 'c'], value: 'd' },
      crlf('e:\n  labels:\n    a: b # c\n    c: d\n  z: 1\n'),
    );
    expectEdit(
      input,
      { op: 'set', path: ['e', 'n', 'x'], value: [1, 2] },
      crlf('e:\n  labels:\n    a: b # c\n  z: 1\n  "n":\n    x:\n      - 1\n      - 2\n'),
    );
    expectEdit(input, { op: 'remove', path: ['e', 'labels'] }, crlf('e:\n  z: 1\n'));
    expectEdit(
      input,
      { op: 'move', path: ['e'], from: 1, to: 0 },
      crlf('e:\n  z: 1\n  labels:\n    a: b # c\n'),
    );
  });

  it('removes the last entry of a CRLF file without a final newline', () => {
    expectEdit('a: 1\r\nb: 2', { op: 'remove', path: ['b'] }, 'a: 1');
  });
});

describe('refusals', () => {
  it('refuses documents with syntax errors', () => {
    expectRefusal('a: [1, 2\nb: 3\n', { op: 'set', path: ['b'], value: 1 }, /syntax errors/);
  });

  it('refuses paths through aliases and scalars', () => {
    const input = 'base: &b {x: 1}\nuse: *b\ns: text\n';
    expectRefusal(input, { op: 'set', path: ['use', 'x'], value: 2 }, /alias \*b/);
    expectRefusal(input, { op: 'set', path: ['s', 'x'], value: 2 }, /inside s: it is a scalar/);
    expectEdit(input, { op: 'set', path: ['use'], value: 2 }, 'base: &b {x: 1}\nuse: 2\ns: text\n');
  });

  it('refuses indices out of range and segments of the wrong kind', () => {
    expectRefusal(
      'l:\n  - a\n',
      { op: 'set', path: ['l', 5], value: 1 },
      /Index 5 is out of range at l \(the list has 1 item\)/,
    );
    expectRefusal('l:\n  - a\n', { op: 'set', path: ['l', 'x'], value: 1 }, /is a list/);
    expectRefusal('m:\n  a: 1\n', { op: 'set', path: ['m', 0], value: 1 }, /is a map/);
    expectRefusal('a: 1\n', { op: 'set', path: ['x', 2], value: 1 }, /Index 2 is out of range at x/);
  });

  it('refuses values YAML cannot hold, without throwing', () => {
    expectRefusal('a: 1\n', { op: 'set', path: ['a'], value: undefined }, /undefined/);
    expectRefusal('a: 1\n', { op: 'set', path: ['a'], value: { f: () => 1 } }, /function/);
    expectRefusal('a: 1\n', { op: 'set', path: ['a'], value: new Date(0) }, /object/);
  });

  it('refuses explicit keys it cannot edit safely', () => {
    expectRefusal('? a\n: 1\n', { op: 'set', path: ['b'], value: 1 }, /explicit keys/);
  });
});

describe('applyEdits', () => {
  it('applies edits in order and returns splices on the original text', () => {
    const input = source`
      environment:
        # labels
        labels:
          a: b
        tolerations:
          - key: x
    `;
    expectEdits(
      input,
      [
        { op: 'set', path: ['environment', 'labels', 'c'], value: 'd' },
        { op: 'insert', path: ['environment', 'tolerations'], index: 1, value: { key: 'y' } },
        { op: 'renameKey', path: ['environment', 'labels', 'a'], newKey: 'team' },
        { op: 'set', path: ['environment', 'labels', 'c'], value: 'e' },
      ],
      source`
        environment:
          # labels
          labels:
            team: b
            c: e
          tolerations:
            - key: x
            - key: "y"
      `,
    );
  });

  it('keeps separate splices for separate changes', () => {
    const r = applyEdits('a: 1\nb: 2\nc: 3\n', [
      { op: 'set', path: ['a'], value: 9 },
      { op: 'set', path: ['c'], value: 8 },
    ]);
    expect(r.ok && r.splices).toEqual([
      { from: 3, to: 4, insert: '9' },
      { from: 13, to: 14, insert: '8' },
    ]);
  });

  it('names the failing edit', () => {
    const r = applyEdits('a: 1\n', [
      { op: 'set', path: ['b'], value: 1 },
      { op: 'remove', path: ['zz'] },
    ]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/^Edit 2 \(remove zz\)/);
  });

  it('returns the same text and no splices for no edits', () => {
    const r = applyEdits('a: 1\n', []);
    expect(r).toEqual({ ok: true, text: 'a: 1\n', splices: [] });
    if (r.ok) expect(applySplices('a: 1\n', r.splices)).toBe('a: 1\n');
  });
});
