import { bool, child, childIn } from '../../judge/located';
import type { Rule } from '../../judge/rule';

/**
 * Kubernetes' validateWindowsHostProcessPod: a pod whose containers run as Windows host processes
 * must use the host network. The pod-level `windowsOptions.hostProcess` is inherited by every container.
 */
export const hostProcessRule: Rule = {
  id: 'security-host-process',
  appliesTo: ['environment', 'podSpec'],
  run(ctx) {
    const hostProcess = childIn(ctx.root, ['securityContext', 'windowsOptions', 'hostProcess']);
    if (!hostProcess || bool(hostProcess) !== true) return;
    if (bool(child(ctx.root, 'hostNetwork')) === true) return;
    ctx.report({
      code: 'host-process-needs-host-network',
      message:
        'Windows host-process containers run in the host network namespace, so Kubernetes requires ' +
        'hostNetwork: true alongside windowsOptions.hostProcess: true; add hostNetwork: true or remove hostProcess',
      at: hostProcess,
      data: { fix: 'host-network' },
    });
  },
};
