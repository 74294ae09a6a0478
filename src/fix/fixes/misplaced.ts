import { isCollection, type Node } from 'yaml';
import { applySplices, diffSplice } from '../../edit/compose';
import { applyEdits, type Edit } from '../../edit/edit';
import { contentEnd } from '../../edit/ranges';
import { columnOf, detectEol, lineEnd, lineStart } from '../../edit/text';
import { formatPath, type Path } from '../../path/path';
import { nodeAtPath } from '../../yaml/nodes';
import { parseSource } from '../../yaml/source';
import { edits, nodeAt, splices } from '../nodes';
import type { Fix, FixContext } from '../types';
import { holdsAt } from '../verify';

const MARKER = 'polyaxon_fix_moved_value';

function isPath(value: unknown): value is Path {
  return Array.isArray(value) && value.every((s) => typeof s === 'string' || typeof s === 'number');
}

// The value's own lines shifted by `delta` columns, or null when a line cannot shift left.
function shiftLines(lines: readonly string[], delta: number): string[] | null {
  const out: string[] = [];
  for (const line of lines) {
    if (line.trim() === '') out.push(line);
    else if (delta >= 0) out.push(' '.repeat(delta) + line);
    else {
      const spaces = /^ */.exec(line)?.[0].length ?? 0;
      if (spaces < -delta && !line.trimStart().startsWith('#')) return null;
      out.push(line.slice(Math.min(spaces, -delta)));
    }
  }
  return out;
}

/**
 * Moves the value's text (comments and quoting kept) to `target`: the edit engine writes a
 * placeholder there and removes the old entry, then the placeholder becomes the value's lines.
 */
function moveText(ctx: FixContext, node: Node, keyNode: Node, target: Path): string | null {
  const { text, issue } = ctx;
  const placed = applyEdits(
    text,
    [
      { op: 'set', path: target, value: MARKER },
      { op: 'remove', path: issue.path },
    ],
    { doc: issue.doc },
  );
  if (!placed.ok) return null;
  const at = placed.text.indexOf(MARKER);
  const placedDoc = parseSource(placed.text).docs[issue.doc];
  if (!placedDoc) return null;
  const key = nodeAtPath(placedDoc, target).keyNode;
  if (at < 1 || placed.text[at - 1] !== ' ' || !key?.range) return null;
  const start = node.range?.[0] ?? 0;
  const end = contentEnd(text, node);
  let insert: string;
  if (
    isCollection(node) &&
    !node.flow &&
    lineStart(text, start) !== lineStart(text, keyNode.range?.[0] ?? 0)
  ) {
    const lines = text.slice(lineStart(text, start), lineEnd(text, end)).split(/\r?\n/);
    const delta = columnOf(placed.text, key.range[0]) - columnOf(text, keyNode.range?.[0] ?? 0);
    const shifted = shiftLines(lines, delta);
    if (!shifted) return null;
    const eol = detectEol(text);
    insert = eol + shifted.join(eol);
  } else {
    const written = text.slice(start, end);
    if (/[\r\n]/.test(written)) return null;
    insert = ` ${written}`;
  }
  return applySplices(placed.text, [{ from: at - 1, to: at + MARKER.length, insert }]);
}

/** An environment at the component level or under container: move it to where Polyaxon reads it. */
export const misplacedEnvironmentFix: Fix = {
  codes: ['environment-misplaced'],
  kind: 'safe',
  choices(ctx) {
    const { issue, text } = ctx;
    const target = issue.data?.['target'];
    if (!isPath(target)) return [];
    const there = nodeAt(ctx, target);
    if (there.node || there.keyNode) return [];
    const { node, keyNode } = nodeAt(ctx, issue.path);
    if (!node || !keyNode) return [];
    const value = node.toJS(ctx.doc) as unknown;
    const title = `Move to ${formatPath(target)}`;
    const moved = moveText(ctx, node, keyNode, target);
    if (
      moved !== null &&
      holdsAt(moved, issue.doc, target, value) &&
      !holdsAt(moved, issue.doc, issue.path, value)
    )
      return [splices(title, diffSplice(text, moved))];
    const fallback: Edit[] = [
      { op: 'set', path: target, value },
      { op: 'remove', path: issue.path },
    ];
    return [edits(title, fallback)];
  },
};
