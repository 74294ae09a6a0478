import { isScalar } from 'yaml';
import { edits, itemPath, nodeAt, valueAt } from '../nodes';
import type { Fix } from '../types';

/** `imagePullSecrets: [{name: regcred}]` → `[regcred]`: Polyaxon adds the `{name: …}` form itself. */
export const pullSecretObjectFix: Fix = {
  codes: ['image-pull-secret-object'],
  kind: 'safe',
  choices({ issue }) {
    const name = issue.data?.['suggestion'];
    if (typeof name !== 'string') return [];
    return [edits(`Write ${name}`, [{ op: 'set', path: issue.path, value: name }])];
  },
};

/** A repeated or empty pull secret changes nothing: remove that item. */
export const pullSecretItemFix: Fix = {
  codes: ['image-pull-secret-duplicate', 'image-pull-secret-empty'],
  kind: 'safe',
  choices(ctx) {
    const path = itemPath(ctx.issue.path, 'imagePullSecrets');
    if (!path) return [];
    const value = valueAt(ctx, path);
    const name = typeof value === 'string' ? value : (value as { name?: unknown } | null)?.name;
    const title =
      ctx.issue.code === 'image-pull-secret-empty'
        ? 'Remove the empty entry'
        : `Remove the repeated ${typeof name === 'string' ? name : 'entry'}`;
    return [edits(title, [{ op: 'remove', path }])];
  },
};

/**
 * A Kubernetes manifest's `imagePullSecrets: [regcred]` → `[{name: regcred}]`: the pod spec wants
 * references, not names (Polyaxon's environment is the other way round).
 */
export const pullSecretNameFix: Fix = {
  codes: ['type-mismatch'],
  kind: 'safe',
  choices(ctx) {
    const { path, data } = ctx.issue;
    const item = itemPath(path, 'imagePullSecrets');
    if (!item || item.length !== path.length || data?.['expected'] !== 'a mapping') return [];
    const { node } = nodeAt(ctx, path);
    if (!isScalar(node) || typeof node.value !== 'string' || node.value === '') return [];
    return [edits(`Write name: ${node.value}`, [{ op: 'set', path, value: { name: node.value } }])];
  },
};
