import { describe, it } from 'vitest';
import { source } from '../testing/source';
import { expectEdit } from './testHelpers';

describe('set on an existing scalar', () => {
  it('replaces only the scalar, keeping comments around it', () => {
    const input = source`
      # 日本語のコメント
      environment:
        serviceAccountName: robot  # 日本語のコメント

        # below
        hostNetwork: false
    `;
    expectEdit(
      input,
      { op: 'set', path: ['environment', 'serviceAccountName'], value: 'builder' },
      source`
      # 日本語のコメント
      environment:
        serviceAccountName: builder  # 日本語のコメント

        # below
        hostNetwork: false
    `,
    );
  });

  it('keeps double and single quotes when the value fits them', () => {
    const input = source`
      a: "x"
      b: 'y'
      c: z
    `;
    expectEdit(input, { op: 'set', path: ['a'], value: 'new' }, 'a: "new"\nb: \'y\'\nc: z\n');
    expectEdit(input, { op: 'set', path: ['b'], value: "it's" }, "a: \"x\"\nb: 'it''s'\nc: z\n");
    expectEdit(input, { op: 'set', path: ['b'], value: 'two\nlines' }, 'a: "x"\nb: "two\\nlines"\nc: z\n');
  });

  it('quotes strings a YAML 1.1 reader would take for something else', () => {
    for (const s of [
      'yes',
      'no',
      'on',
      'off',
      'y',
      'n',
      'true',
      'null',
      '~',
      '1.10',
      '0777',
      '12:30',
      '2024-01-01',
      '42',
      '',
    ]) {
      expectEdit('a: x\n', { op: 'set', path: ['a'], value: s }, `a: ${JSON.stringify(s)}\n`);
    }
    for (const s of [
      ' lead',
      'trail ',
      'a: b',
      'a #b',
      '- x',
      '? x',
      ': x',
      ',x',
      '[x',
      ']x',
      '{x',
      '}x',
      '#x',
      '&x',
      '*x',
      '!x',
      '|x',
      '>x',
      "'x",
      '"x',
      '%x',
      '@x',
      '`x',
    ]) {
      expectEdit('a: x\n', { op: 'set', path: ['a'], value: s }, `a: ${JSON.stringify(s)}\n`);
    }
  });

  it('writes safe strings, numbers, booleans and null plain', () => {
    expectEdit('a: "x"\n', { op: 'set', path: ['a'], value: 3 }, 'a: 3\n');
    expectEdit("a: 'x'\n", { op: 'set', path: ['a'], value: true }, 'a: true\n');
    expectEdit('a: x\n', { op: 'set', path: ['a'], value: null }, 'a: null\n');
    expectEdit(
      'a: x\n',
      { op: 'set', path: ['a'], value: 'polyaxon/polyaxon-cli:1.10-alpha' },
      'a: polyaxon/polyaxon-cli:1.10-alpha\n',
    );
    expectEdit('a: x\n', { op: 'set', path: ['a'], value: 'example.com/team' }, 'a: example.com/team\n');
    expectEdit('a: x\n', { op: 'set', path: ['a'], value: 1e21 }, 'a: 1.0e+21\n');
  });

  it('uses single quotes for new quoted strings when the document prefers them', () => {
    const input = "a: 'x'\nb: 'y'\nc: z\n";
    expectEdit(input, { op: 'set', path: ['c'], value: 'on' }, "a: 'x'\nb: 'y'\nc: 'on'\n");
  });

  it('replaces a multi-line plain scalar and a block scalar', () => {
    expectEdit('a: one\n  two\nb: 1\n', { op: 'set', path: ['a'], value: 'x' }, 'a: x\nb: 1\n');
    expectEdit(
      'a: |\n  one\n  two\nb: 1\n',
      { op: 'set', path: ['a'], value: 'x\ny\n' },
      'a: |\n  x\n  y\nb: 1\n',
    );
    expectEdit(
      'a: |\n    one\nb: 1\n',
      { op: 'set', path: ['a'], value: 'x\ny' },
      'a: |-\n    x\n    y\nb: 1\n',
    );
    expectEdit('a: |\n  one\n\nb: 1\n', { op: 'set', path: ['a'], value: 'flat' }, 'a: flat\n\nb: 1\n');
  });

  it('sets a list item', () => {
    expectEdit('a:\n  - x # c\n  - y\n', { op: 'set', path: ['a', 1], value: 'z' }, 'a:\n  - x # c\n  - z\n');
    expectEdit('a: [x, "y"]\n', { op: 'set', path: ['a', 1], value: 'z' }, 'a: [x, "z"]\n');
  });

  it('drops a tag but keeps an anchor', () => {
    expectEdit('a: !!str 1\nb: &x 2\n', { op: 'set', path: ['a'], value: 5 }, 'a: 5\nb: &x 2\n');
    expectEdit('a: !!str 1\nb: &x 2\n', { op: 'set', path: ['b'], value: 5 }, 'a: !!str 1\nb: &x 5\n');
  });
});

describe('set replacing a collection or with a collection', () => {
  it('writes a map under a scalar key as block lines, keeping the trailing comment', () => {
    expectEdit(
      'a: x # c\nb: 1\n',
      { op: 'set', path: ['a'], value: { k: 1, l: [1, { m: 2, n: 3 }] } },
      source`
      a: # c
        k: 1
        l:
          - 1
          - m: 2
            "n": 3
      b: 1
    `,
    );
  });

  it('writes a scalar over a block map on the key line', () => {
    const input = source`
      a: # about a
        b: 1
        # inside
        c: 2
      d: 3
    `;
    expectEdit(input, { op: 'set', path: ['a'], value: 'x' }, 'a: x # about a\nd: 3\n');
  });

  it('replaces a block map with a new map at the same indentation', () => {
    const input = source`
      a:
          b: 1
      z: 1
    `;
    expectEdit(input, { op: 'set', path: ['a'], value: { c: 2 } }, 'a:\n    c: 2\nz: 1\n');
  });

  it('writes flow syntax inside a flow collection', () => {
    expectEdit(
      'a: {b: 1, c: 2}\n',
      { op: 'set', path: ['a', 'b'], value: { x: [1, 'y, z'] } },
      'a: {b: {x: [1, "y, z"]}, c: 2}\n',
    );
    expectEdit('a: [1, 2]\n', { op: 'set', path: ['a', 0], value: 'a:b' }, 'a: ["a:b", 2]\n');
  });

  it('replaces a list item map compactly after its dash', () => {
    const input = source`
      t:
        - key: a
          effect: x
        - key: b
    `;
    expectEdit(
      input,
      { op: 'set', path: ['t', 0], value: { key: 'c', operator: 'Exists' } },
      source`
      t:
        - key: c
          operator: Exists
        - key: b
    `,
    );
  });

  it('writes an empty map or list inline', () => {
    expectEdit('a:\n  b: 1\nc: 2\n', { op: 'set', path: ['a'], value: {} }, 'a: {}\nc: 2\n');
    expectEdit('a: x\n', { op: 'set', path: ['a'], value: [] }, 'a: []\n');
  });
});

describe('set on a missing key', () => {
  it('appends after the last entry and its trailing comment, before the outer comment block', () => {
    const input = source`
      environment:
        labels:
          team: vision  # 日本語のコメント
        # about annotations
        annotations: {}
    `;
    expectEdit(
      input,
      { op: 'set', path: ['environment', 'labels', 'example.com/tier'], value: '1' },
      source`
      environment:
        labels:
          team: vision  # 日本語のコメント
          example.com/tier: "1"
        # about annotations
        annotations: {}
    `,
    );
  });

  it('quotes keys that need it', () => {
    expectEdit('a: 1\n', { op: 'set', path: ['yes'], value: 1 }, 'a: 1\n"yes": 1\n');
    expectEdit('a: 1\n', { op: 'set', path: ['1'], value: 1 }, 'a: 1\n"1": 1\n');
    expectEdit('a: 1\n', { op: 'set', path: ['a: b'], value: 1 }, 'a: 1\n"a: b": 1\n');
  });

  it('adds to a flow map in flow syntax', () => {
    expectEdit(
      'nodeSelector: {a: b}\n',
      { op: 'set', path: ['nodeSelector', 'c'], value: 'd' },
      'nodeSelector: {a: b, c: d}\n',
    );
    expectEdit(
      'nodeSelector: { a: b }\n',
      { op: 'set', path: ['nodeSelector', 'c'], value: 'd' },
      'nodeSelector: { a: b, c: d }\n',
    );
    expectEdit('x: {n: {}}\n', { op: 'set', path: ['x', 'n', 'c'], value: 'd' }, 'x: {n: {c: d}}\n');
  });

  it('adds to a flow map written one entry per line on a new line', () => {
    const input = source`
      s: {
        a: b,
        c: d
      }
    `;
    expectEdit(input, { op: 'set', path: ['s', 'e'], value: 'f' }, 's: {\n  a: b,\n  c: d,\n  e: f\n}\n');
  });

  it('turns an empty `{}`, `key:` or `key: ~` in a block into block content', () => {
    expectEdit(
      'labels: {}\nz: 1\n',
      { op: 'set', path: ['labels', 'c'], value: 'd' },
      'labels:\n  c: d\nz: 1\n',
    );
    expectEdit(
      'labels:\nz: 1\n',
      { op: 'set', path: ['labels', 'c'], value: 'd' },
      'labels:\n  c: d\nz: 1\n',
    );
    expectEdit(
      'labels: ~\nz: 1\n',
      { op: 'set', path: ['labels', 'c'], value: 'd' },
      'labels:\n  c: d\nz: 1\n',
    );
    expectEdit(
      'labels: null # none\n',
      { op: 'set', path: ['labels', 'c'], value: 'd' },
      'labels: # none\n  c: d\n',
    );
    expectEdit(
      'labels:   # none\n',
      { op: 'set', path: ['labels', 'c'], value: 'd' },
      'labels:   # none\n  c: d\n',
    );
    expectEdit('labels:\n', { op: 'set', path: ['labels'], value: 'x' }, 'labels: x\n');
  });

  it('creates missing parents with the document indentation', () => {
    const two = 'environment:\n  labels:\n    a: b\n';
    expectEdit(
      two,
      { op: 'set', path: ['environment', 'nodeSelector', 'disk'], value: 'ssd' },
      `${two}  nodeSelector:\n    disk: ssd\n`,
    );
    const four = 'environment:\n    labels:\n        a: b\n';
    expectEdit(
      four,
      { op: 'set', path: ['environment', 'nodeSelector', 'disk'], value: 'ssd' },
      `${four}    nodeSelector:\n        disk: ssd\n`,
    );
    const flat = 'environment:\n    hostNetwork: true\n';
    expectEdit(
      flat,
      { op: 'set', path: ['environment', 'a', 'b', 'c'], value: 1 },
      `${flat}    a:\n        b:\n            c: 1\n`,
    );
  });

  it('creates lists indented like the sibling lists', () => {
    const indented = 'e:\n  volumes:\n    - a\n';
    expectEdit(
      indented,
      { op: 'set', path: ['e', 'tolerations', 0, 'key'], value: 'k' },
      `${indented}  tolerations:\n    - key: k\n`,
    );
    const flush = 'e:\n  volumes:\n  - a\n';
    expectEdit(
      flush,
      { op: 'set', path: ['e', 'tolerations', 0, 'key'], value: 'k' },
      `${flush}  tolerations:\n  - key: k\n`,
    );
  });

  it('creates from the top of an empty document or one with only comments', () => {
    expectEdit(
      '',
      { op: 'set', path: ['environment', 'labels', 'team'], value: 'a' },
      'environment:\n  labels:\n    team: a\n',
    );
    expectEdit('# 日本語のコメント\n', { op: 'set', path: ['a'], value: 1 }, '# 日本語のコメント\na: 1\n');
    expectEdit('# no newline', { op: 'set', path: ['a'], value: 1 }, '# no newline\na: 1');
    expectEdit('---\n# c\n', { op: 'set', path: ['a', 'b'], value: 1 }, '---\n# c\na:\n  b: 1\n');
  });

  it('appends an item when the index equals the list length', () => {
    expectEdit('t:\n  - a\n', { op: 'set', path: ['t', 1], value: 'b' }, 't:\n  - a\n  - b\n');
    expectEdit('t:\n  - a: 1\n', { op: 'set', path: ['t', 0, 'b'], value: 2 }, 't:\n  - a: 1\n    b: 2\n');
  });
});
