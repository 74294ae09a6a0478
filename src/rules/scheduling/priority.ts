import { child, num } from '../../judge/located';
import type { Rule } from '../../judge/rule';

const INT32_MIN = -2147483648;
const INT32_MAX = 2147483647;

/**
 * priority is an int32. When set, the Priority admission plugin (on by default) compares it with the
 * value of priorityClassName's class (or the default class, or 0) and rejects the pod if they differ.
 */
export const priorityRule: Rule = {
  id: 'scheduling-priority',
  appliesTo: ['environment', 'podSpec'],
  run(ctx) {
    const loc = child(ctx.root, 'priority');
    const value = num(loc);
    if (!loc || value === undefined) return;
    const className = child(ctx.root, 'priorityClassName')?.value;
    const advice =
      typeof className === 'string' && className !== ''
        ? `remove priority and let priorityClassName ${className} decide it`
        : 'remove priority and set priorityClassName to a PriorityClass instead';
    if (!Number.isInteger(value) || value < INT32_MIN || value > INT32_MAX) {
      ctx.report({
        code: 'priority-out-of-range',
        message: `priority ${value} does not fit in a 32-bit integer (${INT32_MIN} to ${INT32_MAX}); ${advice}`,
        at: loc,
        data: { fix: 'remove-priority' },
      });
      return;
    }
    ctx.report({
      code: 'priority-set',
      message:
        `priority: ${value} is rejected by the Priority admission plugin unless it equals the value of the ` +
        `pod's PriorityClass ("must not be provided in pod spec"); ${advice}`,
      at: loc,
      data: { fix: 'remove-priority' },
    });
  },
};
