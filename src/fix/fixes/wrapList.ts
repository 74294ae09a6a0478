import { isMap, isScalar, type Node } from 'yaml';
import { applySplices } from '../../edit/compose';
import type { Splice } from '../../edit/edit';
import { contentEnd } from '../../edit/ranges';
import { lineStart, nextLineStart } from '../../edit/text';
import { edits, nodeAt, splices } from '../nodes';
import type { Fix, FixChoice, FixContext } from '../types';
import { holdsAt } from '../verify';

/**
 * The text that makes `node` the only item of a list: `[` … `]` around a flow value, or `- `
 * before a block mapping with its other lines indented to match.
 */
function wrapSplices(text: string, node: Node): Splice[] | null {
  const range = node.range;
  if (!range) return null;
  const start = range[0];
  const end = contentEnd(text, node);
  if (!isMap(node) || node.flow) {
    return [
      { from: start, to: start, insert: '[' },
      { from: end, to: end, insert: ']' },
    ];
  }
  if (lineStart(text, start) + countSpaces(text, lineStart(text, start)) !== start) return null;
  const out: Splice[] = [{ from: start, to: start, insert: '- ' }];
  for (let p = nextLineStart(text, start); p < end; p = nextLineStart(text, p)) {
    const spaces = countSpaces(text, p);
    if (!/[\r\n]/.test(text[p + spaces] ?? '\n')) out.push({ from: p, to: p, insert: '  ' });
  }
  return out;
}

function countSpaces(text: string, from: number): number {
  let n = 0;
  while (text[from + n] === ' ') n++;
  return n;
}

/** The wrapping splices when they give exactly `[value]`; else the value rewritten by an edit. */
function wrapChoice(ctx: FixContext, node: Node, title: string): FixChoice {
  const { issue, text } = ctx;
  const value = node.toJS(ctx.doc) as unknown;
  const wrap = wrapSplices(text, node);
  if (wrap && holdsAt(applySplices(text, wrap), issue.doc, issue.path, [value])) return splices(title, wrap);
  return edits(title, [{ op: 'set', path: issue.path, value: [value] }]);
}

/**
 * A single item where a list is expected: a toleration or host alias mapping
 * (`not-a-list`), or a string such as `imagePullSecrets: regcred` → `[regcred]`.
 */
export const wrapListFix: Fix = {
  codes: ['not-a-list', 'type-mismatch'],
  kind: 'safe',
  choices(ctx) {
    const { issue } = ctx;
    const { node } = nodeAt(ctx, issue.path);
    if (!node) return [];
    if (issue.code === 'not-a-list') return isMap(node) ? [wrapChoice(ctx, node, 'Make it a list item')] : [];
    const expected = issue.data?.['expected'];
    if (typeof expected !== 'string' || !expected.startsWith('a list')) return [];
    if (!isScalar(node) || node.value === null || typeof node.value === 'object') return [];
    return [wrapChoice(ctx, node, 'Make it a list')];
  },
};
