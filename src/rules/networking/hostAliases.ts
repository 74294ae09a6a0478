import { child, isSet, itemsOf, str } from '../../judge/located';
import type { Rule } from '../../judge/rule';
import { isValidIP } from '../../k8s/ip';
import { isDns1123Subdomain } from '../../k8s/names';
import { brief } from '../metadata/brief';

/**
 * hostAliases entries (ValidateHostAliases): `ip` is required and must be an IP address, each
 * hostname a DNS-1123 subdomain; a repeated ip gets the API server's "duplicate ip" warning.
 * Polyaxon itself rejects an entry without ip (the client model's ip is required).
 */
export const hostAliasesRule: Rule = {
  id: 'networking-host-aliases',
  appliesTo: ['environment', 'podSpec'],
  run(ctx) {
    const seen = new Set<string>();
    for (const item of itemsOf(child(ctx.root, 'hostAliases'))) {
      if (!item.entries) continue;
      const ipLoc = child(item, 'ip');
      const ip = str(ipLoc);
      if (!isSet(ipLoc)) {
        const polyaxon = ctx.section.kind === 'environment';
        ctx.report({
          code: 'host-alias-ip-missing',
          message:
            `each hostAliases entry needs an ip; ${polyaxon ? 'Polyaxon' : 'Kubernetes'} rejects this one. ` +
            'Add ip: "10.0.0.1" (the address the hostnames resolve to)',
          at: item,
          missing: 'ip',
          ...(polyaxon ? { source: 'polyaxon' as const } : {}),
        });
      } else if (ip !== undefined) {
        const errors = isValidIP(ip);
        if (errors.length > 0) {
          ctx.report({
            code: 'host-alias-ip-invalid',
            message: `hostAliases ip "${ip}" is not valid: ${brief(errors)}; write an IPv4 or IPv6 address such as 10.0.0.1`,
            at: ipLoc,
          });
        } else if (seen.has(ip)) {
          ctx.report({
            code: 'host-alias-duplicate-ip',
            message: `the ip ${ip} already has a hostAliases entry; put all its hostnames in that one entry`,
            at: ipLoc,
          });
        }
        seen.add(ip);
      }
      for (const host of itemsOf(child(item, 'hostnames'))) {
        const name = str(host);
        if (name === undefined) continue;
        const errors = isDns1123Subdomain(name);
        if (errors.length === 0) continue;
        ctx.report({
          code: 'host-alias-hostname-invalid',
          message:
            `hostname "${name}" is not valid: ${brief(errors)}; ` +
            'use lower-case letters, digits, "-" and ".", such as db.internal',
          at: host,
        });
      }
    }
  },
};
