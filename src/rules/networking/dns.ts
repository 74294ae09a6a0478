import { child, isSet, itemsOf, str, type Located } from '../../judge/located';
import type { Rule, RuleContext } from '../../judge/rule';
import { isValidIP } from '../../k8s/ip';
import {
  isValidSearchDomain,
  MAX_DNS_NAMESERVERS,
  MAX_DNS_SEARCH_LIST_CHARS,
  MAX_DNS_SEARCH_PATHS,
} from '../../k8s/dns';
import { brief } from '../metadata/brief';

function checkPolicyNone(ctx: RuleContext, config: Located | undefined): void {
  const policy = child(ctx.root, 'dnsPolicy');
  if (!policy || str(policy) !== 'None') return;
  if (!isSet(config)) {
    ctx.report({
      code: 'dns-none-needs-nameservers',
      message:
        'dnsPolicy None gives the pod no DNS settings of its own, so dnsConfig is required; add ' +
        'dnsConfig with nameservers (at most 3), or use dnsPolicy ClusterFirst',
      at: policy,
    });
    return;
  }
  const nameservers = child(config, 'nameservers');
  if (!config.entries || (isSet(nameservers) && !nameservers.items)) return;
  if (itemsOf(nameservers).length === 0) {
    ctx.report({
      code: 'dns-none-needs-nameservers',
      message:
        'with dnsPolicy None, dnsConfig must list at least one nameserver, such as nameservers: ["1.1.1.1"]',
      at: isSet(nameservers) ? nameservers : config,
      ...(isSet(nameservers) ? {} : { missing: 'nameservers' }),
    });
  }
}

function checkNameservers(ctx: RuleContext, config: Located): void {
  const list = child(config, 'nameservers');
  const items = itemsOf(list);
  if (list && items.length > MAX_DNS_NAMESERVERS) {
    ctx.report({
      code: 'dns-too-many-nameservers',
      message: `dnsConfig lists ${items.length} nameservers; Kubernetes allows at most ${MAX_DNS_NAMESERVERS}`,
      at: list,
    });
  }
  for (const item of items) {
    const ip = str(item);
    if (ip === undefined) continue;
    const errors = isValidIP(ip);
    if (errors.length === 0) continue;
    ctx.report({
      code: 'dns-nameserver-invalid',
      message: `nameserver "${ip}" is not valid: ${brief(errors)}; write the IP address of a DNS server, such as 10.96.0.10`,
      at: item,
    });
  }
}

function checkSearches(ctx: RuleContext, config: Located): void {
  const list = child(config, 'searches');
  const items = itemsOf(list);
  const names = items.map((i) => str(i)).filter((s): s is string => s !== undefined);
  if (list && items.length > MAX_DNS_SEARCH_PATHS) {
    ctx.report({
      code: 'dns-too-many-searches',
      message: `dnsConfig lists ${items.length} search domains; Kubernetes allows at most ${MAX_DNS_SEARCH_PATHS}`,
      at: list,
    });
  }
  const length = names.join(' ').length;
  if (list && length > MAX_DNS_SEARCH_LIST_CHARS) {
    ctx.report({
      code: 'dns-search-list-too-long',
      message:
        `the search domains take ${length} characters joined with spaces; Kubernetes allows at most ` +
        `${MAX_DNS_SEARCH_LIST_CHARS}; drop some of them`,
      at: list,
    });
  }
  for (const item of items) {
    const name = str(item);
    if (name === undefined) continue;
    const strict = isValidSearchDomain(name, false);
    if (strict.length === 0) continue;
    const relaxed = isValidSearchDomain(name, true);
    ctx.report(
      relaxed.length === 0
        ? {
            code: 'dns-search-relaxed-only',
            message:
              `search domain "${name}" is accepted only where the RelaxedDNSSearchValidation feature is on ` +
              '(the default since Kubernetes 1.33); older clusters reject it',
            at: item,
          }
        : {
            code: 'dns-search-invalid',
            message:
              `search domain "${name}" is not valid: ${brief(relaxed)}; ` +
              'write a domain such as svc.cluster.local',
            at: item,
          },
    );
  }
}

function checkOptions(ctx: RuleContext, config: Located): void {
  for (const option of itemsOf(child(config, 'options'))) {
    if (!option.entries) continue;
    const name = child(option, 'name');
    const message = 'each dnsConfig option needs a name, such as name: ndots with value: "2"';
    if (!isSet(name)) ctx.report({ code: 'dns-option-name-missing', message, at: option, missing: 'name' });
    else if (str(name) === '') ctx.report({ code: 'dns-option-name-missing', message, at: name });
  }
}

/** validateDNSPolicy and validatePodDNSConfig: dnsPolicy None, nameservers, searches and options. */
export const dnsRule: Rule = {
  id: 'networking-dns',
  appliesTo: ['environment', 'podSpec'],
  run(ctx) {
    const config = child(ctx.root, 'dnsConfig');
    checkPolicyNone(ctx, config);
    if (!isSet(config) || !config.entries) return;
    checkNameservers(ctx, config);
    checkSearches(ctx, config);
    checkOptions(ctx, config);
  },
};
