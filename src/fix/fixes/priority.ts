import { edits, parentOf, valueAt } from '../nodes';
import type { Fix } from '../types';

/**
 * A hand-set priority is rejected by the Priority admission plugin unless it equals its
 * class's value: remove it. Safe when priorityClassName is there to decide the priority;
 * otherwise the user still has to name a PriorityClass, so it is a suggestion.
 */
export const priorityFix: Fix = {
  codes: ['priority-set', 'priority-out-of-range'],
  kind: 'safe',
  choices(ctx) {
    const className = valueAt(ctx, [...parentOf(ctx.issue.path), 'priorityClassName']);
    const hasClass = typeof className === 'string' && className !== '';
    return [
      edits(
        hasClass ? `Remove priority (${className} decides it)` : 'Remove priority',
        [{ op: 'remove', path: ctx.issue.path }],
        hasClass ? 'safe' : 'suggestion',
      ),
    ];
  },
};
