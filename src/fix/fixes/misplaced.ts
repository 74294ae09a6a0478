import { formatPath, type Path } from '../../path/path';
import { edits, nodeAt } from '../nodes';
import type { Fix } from '../types';

function isPath(value: unknown): value is Path {
  return Array.isArray(value) && value.every((s) => typeof s === 'string' || typeof s === 'number');
}

/**
 * An environment at the component level or under container: move it to where Polyaxon reads
 * it, as written (comments above it, on its lines and under it go along).
 */
export const misplacedEnvironmentFix: Fix = {
  codes: ['environment-misplaced'],
  kind: 'safe',
  choices(ctx) {
    const target = ctx.issue.data?.['target'];
    if (!isPath(target)) return [];
    const there = nodeAt(ctx, target);
    if (there.node || there.keyNode) return [];
    return [edits(`Move to ${formatPath(target)}`, [{ op: 'relocate', path: ctx.issue.path, to: target }])];
  },
};
