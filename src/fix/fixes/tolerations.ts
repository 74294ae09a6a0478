import { edits, isSetAt, parentOf, valueAt } from '../nodes';
import type { Fix } from '../types';

/** tolerationSeconds applies to NoExecute only: drop it, or make the effect NoExecute. */
export const tolerationSecondsFix: Fix = {
  codes: ['toleration-seconds-needs-no-execute'],
  kind: 'suggestion',
  choices({ issue }) {
    const item = parentOf(issue.path);
    return [
      edits('Remove tolerationSeconds', [{ op: 'remove', path: issue.path }]),
      edits('Change effect to NoExecute', [{ op: 'set', path: [...item, 'effect'], value: 'NoExecute' }]),
    ];
  },
};

/** A toleration without a key must use Exists (and then no value). */
export const tolerationEmptyKeyFix: Fix = {
  codes: ['toleration-empty-key-needs-exists'],
  kind: 'suggestion',
  choices(ctx) {
    const item = parentOf(ctx.issue.path);
    const value = [...item, 'value'];
    const hasValue = isSetAt(ctx, value) && valueAt(ctx, value) !== '';
    return [
      edits(hasValue ? 'Change operator to Exists and remove value' : 'Change operator to Exists', [
        { op: 'set', path: [...item, 'operator'], value: 'Exists' },
        ...(hasValue ? [{ op: 'remove', path: value } as const] : []),
      ]),
    ];
  },
};
