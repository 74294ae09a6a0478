/**
 * Pod `dnsConfig` helpers, re-implemented from `validatePodDNSConfig` in Kubernetes
 * pkg/apis/core/validation/validation.go.
 */
import { byteLength } from './messages';
import { isDns1123Subdomain, isDns1123SubdomainWithUnderscore } from './names';

/** At most 3 entries in `dnsConfig.nameservers` (`MaxDNSNameservers`). */
export const MAX_DNS_NAMESERVERS = 3;
/** At most 32 entries in `dnsConfig.searches` (`MaxDNSSearchPaths`). */
export const MAX_DNS_SEARCH_PATHS = 32;
/**
 * At most 2048 characters in the search list joined with single spaces
 * (`MaxDNSSearchListChars`); see {@link searchListLength}.
 */
export const MAX_DNS_SEARCH_LIST_CHARS = 2048;

/**
 * Checks one `dnsConfig.searches` entry.
 *
 * Strict (RelaxedDNSSearchValidation off, Kubernetes ≤ 1.32 by default): one trailing '.' is
 * removed, then the rest must be a DNS-1123 subdomain, so a lone '.' and any '_' are rejected.
 *
 * Relaxed (gate beta and on by default in 1.33, GA in 1.34): a lone '.' is accepted as is;
 * otherwise one trailing '.' is removed and each label may also contain '_' or start with
 * one (e.g. `_sip._tcp.example.com`), but still not end with one.
 */
export function isValidSearchDomain(value: string, relaxed: boolean): string[] {
  if (relaxed) {
    if (value === '.') return [];
    return isDns1123SubdomainWithUnderscore(stripOneDot(value));
  }
  return isDns1123Subdomain(stripOneDot(value));
}

/**
 * Length Kubernetes compares with {@link MAX_DNS_SEARCH_LIST_CHARS}: the entries joined with
 * single spaces (Go `len`, i.e. UTF-8 bytes; entries are ASCII when otherwise valid).
 */
export function searchListLength(searches: readonly string[]): number {
  return byteLength(searches.join(' '));
}

function stripOneDot(value: string): string {
  return value.endsWith('.') ? value.slice(0, -1) : value;
}
