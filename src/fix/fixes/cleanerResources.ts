import { isMap, isScalar } from 'yaml';
import type { Edit } from '../../edit/edit';
import { validateContainerResourceName } from '../../k8s/resourceName';
import { edits, nodeAt, parentOf, valueAt } from '../nodes';
import type { Fix } from '../types';

const STRUCTURE = new Set(['requests', 'limits', 'claims']);

/**
 * Cleaner `resources: {cpu: 50m, memory: 64Mi}` → `resources: {requests: {cpu: 50m, memory: 64Mi}}`:
 * every resource amount written flat moves under requests (what the container is guaranteed),
 * as written, with its comments (a flow map is written anew).
 */
export const resourcesFlatFix: Fix = {
  codes: ['resources-flat'],
  kind: 'safe',
  choices(ctx) {
    const resources = parentOf(ctx.issue.path);
    const { node } = nodeAt(ctx, resources);
    if (!isMap(node)) return [];
    const flat = node.items
      .map((pair) => (isScalar(pair.key) && typeof pair.key.value === 'string' ? pair.key.value : null))
      .filter(
        (k): k is string => k !== null && !STRUCTURE.has(k) && validateContainerResourceName(k).length === 0,
      );
    const requests = [...resources, 'requests'];
    if (flat.length === 0 || flat.some((k) => valueAt(ctx, [...requests, k]) !== undefined)) return [];
    const moves = flat.map((k): Edit => ({ op: 'relocate', path: [...resources, k], to: [...requests, k] }));
    return [edits(`Move ${flat.join(', ')} under requests`, moves)];
  },
};
