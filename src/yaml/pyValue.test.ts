import { parseDocument, type Document, type Node } from 'yaml';
import { describe, expect, it } from 'vitest';
import { pythonAvailable, pyyamlLoad } from '../px/pythonOracle';
import { pyFloatRepr, pyStr } from '../px/pyText';
import {
  pyFromNode,
  pyToJs,
  pyTypeName,
  type PyLoadProblem,
  type PyValue,
  type YamlDialect,
} from './pyValue';

function parse(text: string): Document.Parsed {
  return parseDocument(text, { uniqueKeys: false, keepSourceTokens: true });
}

function load(text: string, dialect: YamlDialect = 'pyyaml'): { value: unknown; problems: string[] } {
  const doc = parse(text);
  const problems: string[] = [];
  const py = pyFromNode(doc.contents, dialect, {
    doc,
    onProblem: (p: PyLoadProblem) => problems.push(p.message),
  });
  return { value: pyToJs(py), problems };
}

const js = (text: string, dialect: YamlDialect = 'pyyaml'): unknown => load(text, dialect).value;

describe('pyFromNode scalars', () => {
  const text =
    'a: yes\nb: y\nc: 0o17\nd: 12:30\ne: "on"\nf: |\n  on\ng: 1.10\nh: 0777\ni: 1e3\nj: ~\nk:\nl: 2024-01-01\n';

  it('reads plain scalars the PyYAML way and quoted/block ones as text', () => {
    expect(js(text)).toEqual({
      a: true,
      b: 'y',
      c: '0o17',
      d: 750,
      e: 'on',
      f: 'on\n',
      g: 1.1,
      h: 511,
      i: '1e3',
      j: null,
      k: null,
      l: '2024-01-01',
    });
  });

  it('reads plain scalars the go-yaml v2 way', () => {
    expect(js(text, 'goyaml2')).toEqual({
      a: true,
      b: true,
      c: 15,
      d: '12:30',
      e: 'on',
      f: 'on\n',
      g: 1.1,
      h: 511,
      i: 1000,
      j: null,
      k: null,
      l: '2024-01-01',
    });
  });

  it('keeps timestamps apart from strings', () => {
    const doc = parse('d: 2024-01-01\nt: 2024-01-01 10:00:00\ns: "2024-01-01"');
    const v = pyFromNode(doc.contents, 'pyyaml', { doc });
    expect(v.kind === 'map' ? v.entries.map(([, x]) => pyTypeName(x)) : []).toEqual([
      'date',
      'datetime',
      'str',
    ]);
  });

  it('honours explicit tags', () => {
    expect(js('a: !!str 1\nb: !!int "3"\nc: !!float 1\nd: ! "12"\ne: !!bool "on"\nf: !!null x')).toEqual({
      a: '1',
      b: 3,
      c: 1,
      d: 12,
      e: true,
      f: null,
    });
    expect(js('a: !!str 1\nb: !!int "3"\nd: ! "12"', 'goyaml2')).toEqual({ a: '1', b: 3, d: '12' });
  });

  it('reports what makes PyYAML raise, and reads the text instead', () => {
    const r = load('a: !foo x\nb: 0b_\nc: 2024-02-30\nd: =\n=: 1\ne: !!int abc');
    expect(r.value).toEqual({ a: 'x', b: '0b_', c: '2024-02-30', d: '=', '=': 1, e: 'abc' });
    expect(r.problems).toHaveLength(5);
  });

  it('reads a missing node as null', () => {
    expect(pyFromNode(null, 'pyyaml')).toEqual({ kind: 'null' });
  });
});

describe('pyFromNode aliases and merge keys', () => {
  it('resolves aliases through the document', () => {
    const doc = parse('base: &b {x: 1}\nenv: *b\n');
    const env = doc.get('env', true) as Node;
    expect(pyToJs(pyFromNode(env, 'pyyaml', { doc }))).toEqual({ x: 1 });
    const problems: string[] = [];
    expect(pyFromNode(env, 'pyyaml', { onProblem: (p) => problems.push(p.message) })).toEqual({
      kind: 'null',
    });
    expect(problems).toEqual(['unknown alias *b']);
  });

  it('resolves aliases inside the node without the document', () => {
    const doc = parse('env:\n  a: &v on\n  b: *v\n');
    expect(pyToJs(pyFromNode(doc.get('env', true), 'pyyaml'))).toEqual({ a: true, b: true });
  });

  it('cuts a recursive alias', () => {
    const r = load('a: &x [1, *x]');
    expect(r.value).toEqual({ a: [1, null] });
    expect(r.problems).toEqual(['alias *x refers to a node that contains it']);
  });

  it('caps the work of nested aliases', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++)
      lines.push(`${'abcdefghij'[i]}: &${'abcdefghij'[i]} [${`*${'abcdefghij'[i - 1]}, `.repeat(10)}]`);
    const doc = parse(lines.join('\n'));
    const problems: string[] = [];
    const started = Date.now();
    pyFromNode(doc.contents, 'pyyaml', { doc, maxNodes: 5000, onProblem: (p) => problems.push(p.message) });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(problems).toEqual(['too much to expand (aliases); the rest is read as null']);
  });

  it('applies merge keys: PyYAML own keys win, go-yaml v2 in place', () => {
    expect(js('<<: {a: 1}\na: 2')).toEqual({ a: 2 });
    expect(js('a: 2\n<<: {a: 1, b: 3}')).toEqual({ a: 2, b: 3 });
    expect(js('a: 2\n<<: {a: 1, b: 3}', 'goyaml2')).toEqual({ a: 1, b: 3 });
    expect(js('<<: [{a: 1}, {a: 2, b: 2}]')).toEqual({ a: 1, b: 2 });
    expect(js('base: &b {x: 1, y: 2}\nenv:\n  <<: *b\n  y: 3')).toEqual({
      base: { x: 1, y: 2 },
      env: { x: 1, y: 3 },
    });
    expect(js('"<<": {a: 1}')).toEqual({ '<<': { a: 1 } });
  });

  it('orders merged keys like PyYAML (later list items first) and honours !!merge on any key', () => {
    const doc = parse('x: &a {a: 1}\ny: {<<: [*a, {b: 2}], c: 3}');
    const y = pyFromNode(doc.get('y', true), 'pyyaml', { doc });
    expect(y.kind === 'map' ? y.entries.map(([k]) => pyStr(k)) : []).toEqual(['b', 'a', 'c']);
    expect(js('!!merge foo: {a: 1}\nb: 2')).toEqual({ a: 1, b: 2 });
    expect(js('!!merge foo: {a: 1}\nb: 2', 'goyaml2')).toEqual({ foo: { a: 1 }, b: 2 });
  });

  it('reports a merge value that is not a mapping', () => {
    const r = load('<<: 1\na: 2');
    expect(r.value).toEqual({ a: 2 });
    expect(r.problems).toEqual(['expected a mapping or list of mappings for merging']);
  });
});

describe('pyFromNode mappings follow dict semantics', () => {
  it('merges keys Python finds equal (1 == 1.0 == True), keeping the first key', () => {
    const doc = parse('{1: a, 1.0: b, true: c, x: d, x: e}');
    const v = pyFromNode(doc.contents, 'pyyaml', { doc });
    expect(v).toEqual({
      kind: 'map',
      entries: [
        [
          { kind: 'int', value: 1n },
          { kind: 'str', value: 'c' },
        ],
        [
          { kind: 'str', value: 'x' },
          { kind: 'str', value: 'e' },
        ],
      ],
    });
  });

  it('keeps Go keys of different types apart', () => {
    const doc = parse('{1: a, 1.0: b, true: c}');
    const v = pyFromNode(doc.contents, 'goyaml2', { doc });
    expect(v.kind === 'map' ? v.entries.length : 0).toBe(3);
  });

  it('reports an unhashable key and reads a flow pair as a one-key mapping', () => {
    const r = load('? [1]\n: 2\nx: [a: 1]');
    expect(r.problems).toEqual(['a list or mapping cannot be a mapping key']);
    expect((r.value as Record<string, unknown>)['x']).toEqual([{ a: 1 }]);
  });
});

describe('pyToJs', () => {
  it('writes keys with Python str() and keeps __proto__ an ordinary key', () => {
    const out = js('true: 1\n~: 2\n1.5: 3\n2024-01-01: 4\n__proto__: 5\n2.0: 6') as Record<string, unknown>;
    expect(out).toEqual({ True: 1, None: 2, '1.5': 3, '2024-01-01': 4, ['__proto__']: 5, '2.0': 6 });
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
  });

  it('turns ints beyond the safe range into their decimal text', () => {
    expect(js('a: 9007199254740991\nb: 9007199254740993')).toEqual({
      a: 9007199254740991,
      b: '9007199254740993',
    });
  });

  it('keeps non-finite floats', () => {
    expect(js('[.inf, -.inf]')).toEqual([Infinity, -Infinity]);
  });
});

describe('pyTypeName', () => {
  it.each<[PyValue, string]>([
    [{ kind: 'null' }, 'NoneType'],
    [{ kind: 'bool', value: true }, 'bool'],
    [{ kind: 'int', value: 1n }, 'int'],
    [{ kind: 'float', value: 1 }, 'float'],
    [{ kind: 'str', value: '' }, 'str'],
    [{ kind: 'timestamp', text: '2024-01-01' }, 'date'],
    [{ kind: 'timestamp', text: '2024-01-01T10:00:00Z' }, 'datetime'],
    [{ kind: 'list', items: [] }, 'list'],
    [{ kind: 'map', entries: [] }, 'dict'],
  ])('%# → %s', (value, name) => {
    expect(pyTypeName(value)).toBe(name);
  });
});

/** Python json.dumps(..., default=str) of a value, as parsed back by JSON. */
function asPythonJson(v: PyValue): unknown {
  switch (v.kind) {
    case 'timestamp':
      return pyStr(v);
    case 'int':
      return Number(v.value);
    case 'list':
      return v.items.map(asPythonJson);
    case 'map':
      return Object.fromEntries(
        v.entries.map(([k, x]) => {
          const key =
            k.kind === 'bool'
              ? String(k.value)
              : k.kind === 'null'
                ? 'null'
                : k.kind === 'float'
                  ? pyFloatRepr(k.value)
                  : pyStr(k);
          return [key, asPythonJson(x)];
        }),
      );
    case 'null':
      return null;
    default:
      return v.value;
  }
}

const DOCS = [
  'a: yes\nb: [on, off, y, n, 1.10, 0777, 0x1F, 12:30, 1_000, 1e3, 1.0e+3, .5, +1, -0, ~, 2024-01-01]',
  'labels: {team: ml, version: 1.10, enabled: yes, when: 2024-01-01 10:00:00, "x": !!str 5}',
  'base: &b {x: 1, y: [a, b]}\nenv: {<<: *b, y: 3}\nlist: [*b, *b]',
  '<<: [{a: 1}, {a: 2, b: 2}]\nc: 3',
  '{1: a, 1.0: b, true: c, on: d, null: e}',
];
const FAILING_DOCS = ['a: 0b_', 'a: 2024-02-30', '<<: 1', 'a: !foo x', '? [1]\n: 2'];

describe.skipIf(!pythonAvailable)('pyFromNode against PyYAML safe_load (python3 on this machine)', () => {
  it('gives the same values', () => {
    const expected = pyyamlLoad(DOCS);
    const ours = DOCS.map((text) => {
      const doc = parse(text);
      return asPythonJson(pyFromNode(doc.contents, 'pyyaml', { doc }));
    });
    expect(ours).toEqual(expected);
  });

  it('reports a problem exactly where PyYAML raises', () => {
    const expected = pyyamlLoad(FAILING_DOCS);
    expect(expected.every((e) => typeof e === 'object' && e !== null && 'error' in e)).toBe(true);
    for (const text of FAILING_DOCS) expect(load(text).problems.length, text).toBeGreaterThan(0);
    for (const text of DOCS) expect(load(text).problems, text).toEqual([]);
  });
});
