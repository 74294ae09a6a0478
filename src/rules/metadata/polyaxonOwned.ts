import { child, entriesOf } from '../../judge/located';
import type { Rule } from '../../judge/rule';

/** Labels Polyaxon sets on every run pod, over the user's (converter/base/base.py get_recommended_labels). */
export const POLYAXON_LABELS: ReadonlySet<string> = new Set([
  'app.kubernetes.io/name',
  'app.kubernetes.io/instance',
  'app.kubernetes.io/version',
  'app.kubernetes.io/part-of',
  'app.kubernetes.io/component',
  'app.kubernetes.io/managed-by',
  'operation.polyaxon.com/uuid',
]);

/** Annotations Polyaxon sets on every run pod, over the user's (converter/base/base.py annotations). */
export const POLYAXON_ANNOTATIONS: ReadonlySet<string> = new Set([
  'operation.polyaxon.com/name',
  'operation.polyaxon.com/owner',
  'operation.polyaxon.com/project',
  'operation.polyaxon.com/kind',
]);

/** Polyaxon merges its own labels and annotations after the user's, so these keys are overwritten. */
export const polyaxonOwnedRule: Rule = {
  id: 'metadata-polyaxon-owned',
  appliesTo: ['environment'],
  run(ctx) {
    for (const [key, entry] of entriesOf(child(ctx.root, 'labels'))) {
      if (!POLYAXON_LABELS.has(key)) continue;
      ctx.report({
        code: 'polyaxon-owned-label',
        message: `Polyaxon sets the label ${key} itself and overwrites this value; remove it or use a key of your own`,
        at: entry,
        onKey: true,
      });
    }
    for (const [key, entry] of entriesOf(child(ctx.root, 'annotations'))) {
      if (!POLYAXON_ANNOTATIONS.has(key)) continue;
      ctx.report({
        code: 'polyaxon-owned-annotation',
        message: `Polyaxon sets the annotation ${key} itself and overwrites this value; remove it or use a key of your own`,
        at: entry,
        onKey: true,
      });
    }
  },
};
