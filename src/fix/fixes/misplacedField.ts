import type { Edit } from '../../edit/edit';
import type { Path } from '../../path/path';
import { edits, lastKey, parentOf, valueAt } from '../nodes';
import type { Fix } from '../types';

const PREFERRED = 'preferredDuringSchedulingIgnoredDuringExecution';
/** Fields of a PodAffinityTerm, which a weighted term holds under podAffinityTerm. */
const TERM_FIELDS = new Set([
  'labelSelector',
  'namespaceSelector',
  'namespaces',
  'topologyKey',
  'matchLabelKeys',
  'mismatchLabelKeys',
]);
/** Fields of a NodeSelectorTerm, which a preferred scheduling term holds under preference. */
const PREFERENCE_FIELDS = new Set(['matchExpressions', 'matchFields']);

// True when `path` ends with `[...kinds, PREFERRED, index]`: an item of a preferred list.
function preferredItemOf(path: Path, kinds: readonly string[]): boolean {
  const [kind, list, index] = path.slice(-3);
  return typeof kind === 'string' && kinds.includes(kind) && list === PREFERRED && typeof index === 'number';
}

// Where a field written one level off in a preferred affinity term belongs, or null.
function targetOf(parent: Path, key: string): Path | null {
  if (preferredItemOf(parent, ['podAffinity', 'podAntiAffinity']) && TERM_FIELDS.has(key))
    return [...parent, 'podAffinityTerm', key];
  if (preferredItemOf(parent, ['nodeAffinity']) && PREFERENCE_FIELDS.has(key))
    return [...parent, 'preference', key];
  const wrapper = parent[parent.length - 1];
  const item = parentOf(parent);
  if (
    key === 'weight' &&
    ((wrapper === 'podAffinityTerm' && preferredItemOf(item, ['podAffinity', 'podAntiAffinity'])) ||
      (wrapper === 'preference' && preferredItemOf(item, ['nodeAffinity'])))
  )
    return [...item, 'weight'];
  return null;
}

/**
 * A field of a preferred affinity term written one level off, which Kubernetes drops (and then
 * finds the term incomplete): `topologyKey` or `labelSelector` beside `podAffinityTerm` instead of
 * in it, `matchExpressions` beside `preference`, `weight` inside them. Moves the entry, comments
 * and all, to where it belongs, when nothing is there yet.
 */
export const misplacedFieldFix: Fix = {
  codes: ['pruned-key', 'unknown-field'],
  kind: 'safe',
  choices(ctx) {
    const { path } = ctx.issue;
    const key = lastKey(path);
    const target = key ? targetOf(parentOf(path), key) : null;
    if (!target || valueAt(ctx, target) !== undefined) return [];
    const into = target[target.length - 2];
    const move: Edit = { op: 'relocate', path, to: target };
    return [
      edits(key === 'weight' ? 'Move weight up to the term' : `Move ${key} into ${String(into)}`, [move]),
    ];
  },
};
