import { child, str } from '../../judge/located';
import type { Rule } from '../../judge/rule';

const DEFAULT_SCHEDULER = 'default-scheduler';

/**
 * Kubernetes does not validate schedulerName: a pod that names a scheduler nobody runs is accepted
 * and stays Pending. Only the cluster knows which schedulers run, so this is a note, not a warning.
 */
export const schedulerNameRule: Rule = {
  id: 'scheduling-scheduler-name',
  appliesTo: ['environment', 'podSpec'],
  run(ctx) {
    const loc = child(ctx.root, 'schedulerName');
    const name = str(loc);
    if (!loc || !name || name === DEFAULT_SCHEDULER) return;
    ctx.report({
      code: 'scheduler-name-custom',
      message:
        `the pod waits for a scheduler named "${name}"; Kubernetes does not check that one runs, and if ` +
        `none does the pod stays Pending. Leave schedulerName unset (or ${DEFAULT_SCHEDULER}) for the default scheduler`,
      at: loc,
    });
  },
};
