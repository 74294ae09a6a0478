import { form as core } from '../../src/index';

/** The DNS policies Kubernetes knows, in the order the select offers them. */
export const DNS_POLICIES = ['ClusterFirst', 'ClusterFirstWithHostNet', 'Default', 'None'] as const;

const EXPLAIN: Record<(typeof DNS_POLICIES)[number], string> = {
  ClusterFirst:
    'Names go to the cluster DNS first; names outside the cluster domain are forwarded upstream. With hostNetwork the pod gets the node’s DNS instead.',
  ClusterFirstWithHostNet: 'Like ClusterFirst, and it keeps the cluster DNS for pods that use hostNetwork.',
  Default:
    'The pod uses the node’s resolver settings, not the cluster DNS (despite the name, not the default).',
  None: 'Kubernetes gives the pod no DNS settings: everything comes from dnsConfig below, which needs at least one nameserver.',
};

/** One line saying what the chosen DNS policy (or the default when unset) does. */
export function explainDnsPolicy(policy: unknown): string {
  if (policy === undefined || policy === null || policy === '')
    return `Not set, so ClusterFirst: ${EXPLAIN.ClusterFirst}`;
  const known = DNS_POLICIES.find((p) => p === policy);
  if (known) return EXPLAIN[known];
  return `${core.scalarText(policy)} is not a DNS policy Kubernetes knows (they are case-sensitive).`;
}

export type LimitTone = 'ok' | 'full' | 'over';

/** How close a count is to its Kubernetes limit. */
export function limitTone(count: number, max: number): LimitTone {
  return count > max ? 'over' : count === max ? 'full' : 'ok';
}

/** "2 of 3 nameservers". */
export function limitText(count: number, max: number, noun: string): string {
  return `${count} of ${max} ${noun}`;
}

/** The strings of a list as written (items that are not strings are left out, as Kubernetes would reject them). */
export function stringItems(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** Common resolver options, offered while typing an option name. */
export const DNS_OPTION_NAMES = [
  'ndots',
  'timeout',
  'attempts',
  'rotate',
  'edns0',
  'single-request',
  'single-request-reopen',
  'use-vc',
  'no-tld-query',
  'trust-ad',
] as const;
