import type { Path } from '../../path/path';
import { edits, shown, valueAt } from '../nodes';
import type { Fix } from '../types';

/** `[..., 'requests', name]` → `[..., 'limits', name]`. */
function limitPath(path: Path): Path | null {
  if (path[path.length - 2] !== 'requests') return null;
  return [...path.slice(0, -2), 'limits', ...path.slice(-1)];
}

/** A request above its limit: raise the limit, or lower the request. */
export const requestLimitFix: Fix = {
  codes: ['request-exceeds-limit'],
  kind: 'suggestion',
  choices(ctx) {
    const { issue } = ctx;
    const limit = limitPath(issue.path);
    if (!limit) return [];
    const requested = valueAt(ctx, issue.path);
    const allowed = valueAt(ctx, limit);
    if (requested === undefined || allowed === undefined) return [];
    return [
      edits(`Raise the limit to ${shown(requested)}`, [{ op: 'set', path: limit, value: requested }]),
      edits(`Lower the request to ${shown(allowed)}`, [{ op: 'set', path: issue.path, value: allowed }]),
    ];
  },
};

/** An extended resource (a GPU) needs a limit equal to its request. */
export const extendedLimitFix: Fix = {
  codes: ['extended-resource-needs-limit'],
  kind: 'safe',
  choices(ctx) {
    const { issue } = ctx;
    const limit = limitPath(issue.path);
    if (!limit) return [];
    const requested = valueAt(ctx, issue.path);
    if (requested === undefined || requested === null) return [];
    const current = valueAt(ctx, limit);
    const title = `Set the limit to ${shown(requested)}`;
    const set = [{ op: 'set', path: limit, value: requested } as const];
    return [edits(title, set, current === undefined || current === null ? 'safe' : 'suggestion')];
  },
};
