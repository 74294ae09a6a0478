import type { Rule } from '../../judge/rule';
import { dnsRule } from './dns';
import { hostAliasesRule } from './hostAliases';
import { hostNetworkDnsRule } from './hostNetwork';

export { NETWORKING_CODES } from './codes';

/** Rules on hostAliases, DNS settings and hostNetwork. */
export const NETWORKING_RULES: readonly Rule[] = [hostAliasesRule, dnsRule, hostNetworkDnsRule];
