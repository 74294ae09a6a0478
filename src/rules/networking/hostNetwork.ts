import { child, str } from '../../judge/located';
import type { Rule } from '../../judge/rule';

/**
 * With hostNetwork, dnsPolicy ClusterFirst (the default) falls back to the node's resolv.conf, so
 * cluster services do not resolve; ClusterFirstWithHostNet keeps cluster DNS. An explicit Default or
 * None is a deliberate choice and is left alone.
 */
export const hostNetworkDnsRule: Rule = {
  id: 'networking-host-network-dns',
  appliesTo: ['environment', 'podSpec'],
  run(ctx) {
    const hostNetwork = child(ctx.root, 'hostNetwork');
    if (!hostNetwork || hostNetwork.value !== true) return;
    const policy = str(child(ctx.root, 'dnsPolicy'));
    if (policy !== undefined && policy !== '' && policy !== 'ClusterFirst') return;
    ctx.report({
      code: 'host-network-dns-policy',
      message:
        `with hostNetwork: true and dnsPolicy ${policy ? 'ClusterFirst' : 'unset (ClusterFirst)'}, the pod uses the ` +
        "node's DNS and cannot resolve cluster services; add dnsPolicy: ClusterFirstWithHostNet",
      at: hostNetwork,
      data: { suggestion: 'ClusterFirstWithHostNet' },
    });
  },
};
