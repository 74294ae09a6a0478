import { child, isSet } from '../../judge/located';
import type { Rule } from '../../judge/rule';

/**
 * Polyaxon's get_pod_spec passes `str(environment.host_pid)`, so hostPID reaches Kubernetes as the
 * string "True" or "False", which the CRD's boolean schema is expected to reject (rule book N1).
 */
export const hostPidRule: Rule = {
  id: 'scheduling-host-pid',
  appliesTo: ['environment'],
  run(ctx) {
    const loc = child(ctx.root, 'hostPID');
    if (!isSet(loc) || typeof loc.value !== 'boolean') return;
    const shown = loc.value ? 'True' : 'False';
    ctx.report({
      code: 'host-pid-sent-as-string',
      message:
        `current Polyaxon sends hostPID as the string "${shown}" instead of a boolean, so the run is likely ` +
        `to be rejected when it is submitted${loc.value ? '' : ', even for false'}; remove hostPID ` +
        '(false is the default)',
      at: loc,
      data: { fix: 'remove-host-pid' },
    });
  },
};
