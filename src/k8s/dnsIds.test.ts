import { describe, expect, it } from 'vitest';
import {
  isValidSearchDomain,
  MAX_DNS_NAMESERVERS,
  MAX_DNS_SEARCH_LIST_CHARS,
  MAX_DNS_SEARCH_PATHS,
  searchListLength,
} from './dns';
import { isValidGroupId, isValidUserId, LEGACY_MAX_ID, MAX_USER_ID } from './ids';

describe('isValidSearchDomain', () => {
  it.each(['example.com', 'example.com.', 'svc.cluster.local', 'a'])('accepts %s in both modes', (value) => {
    expect(isValidSearchDomain(value, false)).toEqual([]);
    expect(isValidSearchDomain(value, true)).toEqual([]);
  });

  it('accepts a lone dot only when relaxed', () => {
    expect(isValidSearchDomain('.', true)).toEqual([]);
    expect(isValidSearchDomain('.', false)).toHaveLength(1);
  });

  it('accepts underscores only when relaxed', () => {
    expect(isValidSearchDomain('_sip._tcp.example.com', true)).toEqual([]);
    expect(isValidSearchDomain('my_domain.com', true)).toEqual([]);
    expect(isValidSearchDomain('my_domain.com', false)[0]).toMatch(
      /^a lowercase RFC 1123 subdomain must consist of lower/,
    );
    expect(isValidSearchDomain('a_.com', true)).toHaveLength(1);
  });

  it('strips exactly one trailing dot', () => {
    expect(isValidSearchDomain('example.com..', false)).toHaveLength(1);
    expect(isValidSearchDomain('example.com..', true)).toHaveLength(1);
    expect(isValidSearchDomain('', true)).toHaveLength(1);
  });

  it('rejects upper case and long names', () => {
    expect(isValidSearchDomain('Example.com', true)).toHaveLength(1);
    const long = `${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(62)}`;
    expect(isValidSearchDomain(long, true)).toEqual(['must be no more than 253 characters']);
    expect(isValidSearchDomain(`${long.slice(1)}.`, true)).toEqual([]);
  });

  it('exposes the Kubernetes limits', () => {
    expect([MAX_DNS_NAMESERVERS, MAX_DNS_SEARCH_PATHS, MAX_DNS_SEARCH_LIST_CHARS]).toEqual([3, 32, 2048]);
    expect(searchListLength(['a.com', 'b.org'])).toBe(11);
    expect(searchListLength([])).toBe(0);
  });
});

describe('user and group IDs', () => {
  it('accepts 0 through uint32 max', () => {
    for (const id of [0, 1000, LEGACY_MAX_ID, LEGACY_MAX_ID + 1, MAX_USER_ID]) {
      expect(isValidUserId(id)).toEqual([]);
      expect(isValidGroupId(id)).toEqual([]);
    }
  });

  it('rejects values out of range', () => {
    for (const id of [-1, MAX_USER_ID + 1, 2 ** 53]) {
      expect(isValidUserId(id)).toEqual(['must be between 0 and 4294967295, inclusive']);
      expect(isValidGroupId(id)).toEqual(['must be between 0 and 4294967295, inclusive']);
    }
  });

  it('rejects fractions and non-numbers', () => {
    for (const id of [1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(isValidUserId(id)).toEqual(['must be a whole number']);
    }
  });
});
