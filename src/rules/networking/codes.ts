import { defineCodes } from '../../issues/catalog';

/** Codes of the hostAliases, DNS and hostNetwork rules. */
export const NETWORKING_CODES = defineCodes({
  'host-alias-ip-missing': {
    severity: 'error',
    source: 'kubernetes',
    title: 'A hostAliases entry without an ip',
  },
  'host-alias-ip-invalid': {
    severity: 'error',
    source: 'kubernetes',
    title: 'A hostAliases ip that is not an IP address',
  },
  'host-alias-hostname-invalid': {
    severity: 'error',
    source: 'kubernetes',
    title: 'A hostAliases hostname that is not a DNS subdomain',
  },
  'host-alias-duplicate-ip': {
    severity: 'warning',
    source: 'kubernetes',
    title: 'Two hostAliases entries with the same ip',
  },
  'dns-none-needs-nameservers': {
    severity: 'error',
    source: 'kubernetes',
    title: 'dnsPolicy None without dnsConfig nameservers',
  },
  'dns-too-many-nameservers': {
    severity: 'error',
    source: 'kubernetes',
    title: 'More than 3 DNS nameservers',
  },
  'dns-nameserver-invalid': {
    severity: 'error',
    source: 'kubernetes',
    title: 'A nameserver that is not an IP address',
  },
  'dns-too-many-searches': {
    severity: 'error',
    source: 'kubernetes',
    title: 'More than 32 DNS search domains',
  },
  'dns-search-list-too-long': {
    severity: 'error',
    source: 'kubernetes',
    title: 'DNS search domains longer than 2048 characters in all',
  },
  'dns-search-invalid': {
    severity: 'error',
    source: 'kubernetes',
    title: 'A DNS search domain Kubernetes rejects',
  },
  'dns-search-relaxed-only': {
    severity: 'warning',
    source: 'kubernetes',
    title: 'A DNS search domain accepted only with relaxed search validation (Kubernetes 1.33+)',
  },
  'dns-option-name-missing': {
    severity: 'error',
    source: 'kubernetes',
    title: 'A dnsConfig option without a name',
  },
  'host-network-dns-policy': {
    severity: 'warning',
    source: 'kubernetes',
    title: 'hostNetwork without dnsPolicy ClusterFirstWithHostNet: no cluster DNS',
  },
});
