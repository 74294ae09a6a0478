import { describe, expect, it } from 'vitest';
import { MAX_DNS_NAMESERVERS } from '../../src/index';
import { explainDnsPolicy, limitText, limitTone, stringItems } from './dnsModel';

describe('explainDnsPolicy', () => {
  it('explains each policy and the default in one line', () => {
    expect(explainDnsPolicy(undefined)).toMatch(/^Not set, so ClusterFirst/);
    expect(explainDnsPolicy('None')).toContain('at least one nameserver');
    expect(explainDnsPolicy('Default')).toContain('node');
    expect(explainDnsPolicy('ClusterFirstWithHostNet')).toContain('hostNetwork');
    expect(explainDnsPolicy('clusterfirst')).toContain('not a DNS policy');
    for (const p of ['ClusterFirst', 'ClusterFirstWithHostNet', 'Default', 'None', undefined]) {
      expect(explainDnsPolicy(p)).not.toContain('\n');
    }
  });
});

describe('limits', () => {
  it('counts against the core limits', () => {
    expect(limitText(2, MAX_DNS_NAMESERVERS, 'nameservers')).toBe('2 of 3 nameservers');
    expect(limitTone(2, 3)).toBe('ok');
    expect(limitTone(3, 3)).toBe('full');
    expect(limitTone(4, 3)).toBe('over');
  });
  it('reads the strings of a list', () => {
    expect(stringItems(['a', 1, 'b'])).toEqual(['a', 'b']);
    expect(stringItems({ a: 'b' })).toEqual([]);
    expect(stringItems(undefined)).toEqual([]);
  });
});
