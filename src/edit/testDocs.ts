import fc from 'fast-check';

/**
 * Random YAML documents for the property tests: maps, lists and scalars in block and flow
 * style, with comments (numbered `c1`, `c2`… or `日本語1`… so each is unique), blank lines,
 * quoted scalars, 2- or 4-space indentation and lists indented or not under their key.
 */

interface Deco {
  readonly above: boolean;
  readonly blank: boolean;
  readonly trailing: boolean;
  /** A comment line after the entry, indented deeper (a commented-out child). */
  readonly deep: boolean;
}

/** A generated node; `flow` collections are written in flow style without comments. */
export type GenNode =
  | { readonly t: 'scalar'; readonly v: string | number | boolean | null; readonly quote: 0 | 1 | 2 }
  | {
      readonly t: 'map';
      readonly flow: boolean;
      readonly entries: readonly { key: string; deco: Deco; value: GenNode }[];
    }
  | { readonly t: 'seq'; readonly flow: boolean; readonly items: readonly { deco: Deco; value: GenNode }[] };

/** Layout choices for writing a generated document. */
export interface GenLayout {
  readonly step: 2 | 4;
  readonly seqIndent: 'flush' | 'indented';
  readonly crlf: boolean;
  readonly cjk: boolean;
  /** Leave out the final line break. */
  readonly noFinalNewline: boolean;
}

const STRINGS = [
  'line one\nline two\n',
  'a\nb',
  'x',
  'hello world',
  'example.com/team',
  'yes',
  'On',
  '1.10',
  '0777',
  'a: b',
  ' lead',
  "it's",
  'tab\there',
  '日本語',
  'NoSchedule',
  '#hash',
  '- dash',
  '',
];
const KEYS = ['a', 'b', 'name', 'labels', 'example.com/team', 'yes', '1', 'x y', 'tolerations', '日本'];

const deco: fc.Arbitrary<Deco> = fc.record({
  above: fc.boolean(),
  blank: fc.boolean(),
  trailing: fc.boolean(),
  deep: fc.constantFrom(false, false, true),
});

const scalar: fc.Arbitrary<GenNode> = fc.record({
  t: fc.constant('scalar' as const),
  v: fc.oneof(
    fc.constantFrom(...STRINGS),
    fc.integer({ min: -1000, max: 1000 }),
    fc.boolean(),
    fc.constant(null),
  ),
  quote: fc.constantFrom(0 as const, 1 as const, 2 as const),
});

/** A random document tree, a map at the root. */
export const genDoc: fc.Arbitrary<GenNode> = fc
  .letrec<{ node: GenNode; map: GenNode; seq: GenNode }>((tie) => ({
    node: fc.oneof({ depthSize: 'medium', withCrossShrink: true }, scalar, tie('map'), tie('seq')),
    map: fc.record({
      t: fc.constant('map' as const),
      flow: fc.constantFrom(false, false, true),
      entries: fc.uniqueArray(fc.record({ key: fc.constantFrom(...KEYS), deco, value: tie('node') }), {
        maxLength: 4,
        selector: (e) => e.key,
      }),
    }),
    seq: fc.record({
      t: fc.constant('seq' as const),
      flow: fc.constantFrom(false, true),
      items: fc.array(fc.record({ deco, value: tie('node') }), { maxLength: 3 }),
    }),
  }))
  .map.map((n) => ({ ...n, flow: false }) as GenNode);

/** Layouts to write documents with. */
export const genLayout: fc.Arbitrary<GenLayout> = fc.record({
  step: fc.constantFrom(2 as const, 4 as const),
  seqIndent: fc.constantFrom('flush' as const, 'indented' as const),
  crlf: fc.boolean(),
  cjk: fc.boolean(),
  noFinalNewline: fc.constantFrom(false, false, true),
});

const SAFE_PLAIN = /^[A-Za-z][A-Za-z0-9 ._/-]*$/;
const KEYWORD = /^(?:y|n|yes|no|on|off|true|false|null)$/i;

/** Writes a generated tree as YAML text. */
export function writeDoc(root: GenNode, layout: GenLayout): string {
  let counter = 0;
  const comment = (): string => `# ${layout.cjk && counter % 2 === 1 ? '日本語' : 'c'}${++counter}`;

  const scalarText = (n: GenNode & { t: 'scalar' }, flow: boolean): string => {
    const v = n.v;
    if (v === null) return n.quote === 1 ? '~' : 'null';
    if (typeof v !== 'string') return String(v);
    const plainOk = SAFE_PLAIN.test(v) && !KEYWORD.test(v) && v.trimEnd() === v && !(flow && /[,:]/.test(v));
    if (plainOk && n.quote === 0) return v;
    if (n.quote === 1 && !/[\t\n]/.test(v)) return `'${v.replace(/'/g, "''")}'`;
    return JSON.stringify(v);
  };
  const keyText = (k: string): string =>
    SAFE_PLAIN.test(k) && !KEYWORD.test(k) && !k.includes(' ') ? k : JSON.stringify(k);

  const flowText = (n: GenNode): string => {
    if (n.t === 'scalar') return scalarText(n, true);
    if (n.t === 'map')
      return `{${n.entries.map((e) => `${keyText(e.key)}: ${flowText(e.value)}`).join(', ')}}`;
    return `[${n.items.map((i) => flowText(i.value)).join(', ')}]`;
  };
  const isBlock = (n: GenNode): boolean =>
    (n.t === 'map' ? n.entries.length : n.t === 'seq' ? n.items.length : 0) > 0 &&
    !(n as { flow?: boolean }).flow;
  const pad = (c: number): string => ' '.repeat(c);

  // Lines of a block collection at `col`; `compact` when its first line follows a `- `.
  const block = (n: GenNode, col: number, compact: boolean): string[] => {
    const lines: string[] = [];
    const entries =
      n.t === 'map'
        ? n.entries.map((e) => ({ ...e, key: e.key as string | null }))
        : n.t === 'seq'
          ? n.items.map((i) => ({ ...i, key: null }))
          : [];
    entries.forEach((e, idx) => {
      const first = compact && idx === 0;
      if (!first && e.deco.blank) lines.push('');
      if (!first && e.deco.above) lines.push(pad(col) + comment());
      const head = e.key === null ? '-' : `${keyText(e.key)}:`;
      const v = e.value;
      if (e.key === null && isBlock(v)) {
        const sub = block(v, col + 2, true);
        lines.push(`${pad(col)}- ${(sub[0] ?? '').slice(col + 2)}`, ...sub.slice(1));
      } else if (isBlock(v)) {
        lines.push(pad(col) + head + (e.deco.trailing ? ` ${comment()}` : ''));
        const childCol = col + (v.t === 'seq' && layout.seqIndent === 'flush' ? 0 : layout.step);
        lines.push(...block(v, childCol, false));
      } else if (
        v.t === 'scalar' &&
        typeof v.v === 'string' &&
        v.v.includes('\n') &&
        v.quote === 2 &&
        !v.v.endsWith('\n\n')
      ) {
        const body = v.v.endsWith('\n') ? v.v.slice(0, -1) : v.v;
        const bodyCol = e.key === null ? col + 2 : col + layout.step;
        lines.push(
          pad(col) + head + (v.v.endsWith('\n') ? ' |' : ' |-'),
          ...body.split('\n').map((l) => pad(bodyCol) + l),
        );
      } else if (v.t === 'scalar' && v.v === null && v.quote === 2) {
        lines.push(pad(col) + head + (e.deco.trailing ? `  ${comment()}` : ''));
      } else {
        const text = v.t === 'scalar' ? scalarText(v, false) : flowText(v);
        lines.push(pad(col) + head + ` ${text}` + (e.deco.trailing ? `  ${comment()}` : ''));
      }
      if (e.deco.deep) lines.push(pad(col + layout.step) + comment());
    });
    return lines;
  };

  const lines = isBlock(root) ? block(root, 0, false) : [flowText(root)];
  const text = `${comment()}\n${lines.join('\n')}${layout.noFinalNewline ? '' : '\n'}`;
  return layout.crlf ? text.replace(/\n/g, '\r\n') : text;
}

/** Comment tokens (`c12`, `日本語3`) with their offsets. */
export function commentTokens(text: string): { token: string; at: number }[] {
  const out: { token: string; at: number }[] = [];
  for (const m of text.matchAll(/# ((?:c|日本語)\d+)/g)) out.push({ token: m[1] ?? '', at: m.index });
  return out;
}

const editKey = fc
  .oneof(fc.constantFrom(...KEYS, 'new', 'on', 'a: b', '#x', '日本語'), fc.string({ maxLength: 6 }))
  .filter((k) => k !== '__proto__');

/** Random JSON-like values to write. */
export const genValue: fc.Arbitrary<unknown> = fc.letrec<{ v: unknown }>((tie) => ({
  v: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom(
      ...STRINGS,
      'null',
      '~',
      '2024-01-01',
      '12:30',
      'line\nbreak',
      'ctl\u0001',
      'nel\u0085',
      '{x}',
    ),
    fc.string({ maxLength: 8 }),
    fc.string({ unit: 'grapheme', maxLength: 4 }),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('v'), { maxLength: 3 }),
    fc.dictionary(editKey, tie('v'), { maxKeys: 3 }),
  ),
})).v;

/** A random edit, resolved against the current document when it runs (see property test). */
export interface EditPlan {
  readonly op: 'set' | 'setNew' | 'setDeep' | 'remove' | 'insert' | 'move' | 'rename' | 'relocate';
  readonly picks: readonly number[];
  readonly value: unknown;
  readonly key: string;
}

/** Random edit plans. */
export const genPlan: fc.Arbitrary<EditPlan> = fc.record({
  op: fc.constantFrom(
    'set' as const,
    'setNew' as const,
    'setDeep' as const,
    'remove' as const,
    'insert' as const,
    'move' as const,
    'rename' as const,
    'relocate' as const,
  ),
  picks: fc.array(fc.nat(), { minLength: 3, maxLength: 3 }),
  value: genValue,
  key: editKey,
});
