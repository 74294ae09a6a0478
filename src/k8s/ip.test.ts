import { describe, expect, it } from 'vitest';
import { canonicalIP, ipWarnings, isIPv4, isIPv6, isValidIP, parseIP } from './ip';

const INVALID = 'must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)';

describe('isValidIP', () => {
  it.each([
    '10.9.8.7',
    '0.0.0.0',
    '255.255.255.255',
    '1.2.3.0',
    '::',
    '::1',
    '2001:db8::ffff',
    '2001:DB8:0:0:0:0:0:1',
    'fe80::abc',
    '1:2:3:4:5:6:7:8',
    '1:2:3:4:5:6:7::',
    '::2:3:4:5:6:7:8',
    '0001:0db8::',
    '::ffff:1.2.3.4',
    '::1.2.3.4',
    '64:ff9b::192.0.2.33',
    '1:2:3:4:5:6:1.2.3.4',
  ])('accepts %s', (value) => {
    expect(isValidIP(value)).toEqual([]);
  });

  it.each([
    '',
    '1.2.3',
    '1.2.3.4.5',
    '256.0.0.1',
    '1.2.3.-1',
    '1.2.3.4.',
    'a.b.c.d',
    '1:2:3:4:5:6:7:8:9',
    '1:2:3:4:5:6:7',
    '1:2:3:4:5:6:7:8::',
    '1::2::3',
    ':::',
    ':1::',
    '1::2:',
    '12345::',
    'g::1',
    '1.2.3.4::',
    '::1.2.3',
    '1:2:3:4:5:6:7:1.2.3.4',
    'localhost',
  ])('rejects %j', (value) => {
    expect(isValidIP(value)).toEqual([INVALID]);
  });

  it('rejects zones, prefix lengths and spaces with a hint', () => {
    expect(isValidIP('fe80::1%eth0')).toEqual([`${INVALID}; a zone such as '%eth0' is not allowed`]);
    expect(isValidIP('10.0.0.0/24')).toEqual([
      `${INVALID}; write the address alone, without a prefix length such as '/24'`,
    ]);
    expect(isValidIP(' 10.0.0.1')).toEqual([`${INVALID}; remove the surrounding spaces`]);
  });

  it('rejects leading zeros by default and can allow them', () => {
    expect(isValidIP('010.0.0.1')).toEqual(['must not have leading 0s (write "10.0.0.1")']);
    expect(isValidIP('10.0.0.01')).toHaveLength(1);
    expect(isValidIP('::ffff:010.0.0.1')).toHaveLength(1);
    expect(isValidIP('010.0.0.1', { allowLeadingZeros: true })).toEqual([]);
    expect(isValidIP('0.0.0.0')).toEqual([]);
  });

  it('accepts IPv4-mapped IPv6 unless told not to', () => {
    expect(isValidIP('::ffff:1.2.3.4', { allowIPv4Mapped: false })).toEqual([
      'must not be an IPv4-mapped IPv6 address (write "1.2.3.4")',
    ]);
    expect(isValidIP('::ffff:102:304', { allowIPv4Mapped: false })).toHaveLength(1);
    expect(isValidIP('::1.2.3.4', { allowIPv4Mapped: false })).toEqual([]);
  });
});

describe('isIPv4 / isIPv6', () => {
  it('tells the families apart', () => {
    expect(isIPv4('192.168.0.1')).toBe(true);
    expect(isIPv4('::1')).toBe(false);
    expect(isIPv4('010.0.0.1')).toBe(false);
    expect(isIPv6('::1')).toBe(true);
    expect(isIPv6('::ffff:1.2.3.4')).toBe(true);
    expect(isIPv6('1.2.3.4')).toBe(false);
    expect(isIPv6('fe80::1%eth0')).toBe(false);
  });
});

describe('parseIP', () => {
  it('expands compressed IPv6', () => {
    expect(parseIP('1::2')?.bytes).toEqual([0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2]);
    expect(parseIP('::ffff:1.2.3.4')?.bytes.slice(10)).toEqual([0xff, 0xff, 1, 2, 3, 4]);
  });
});

describe('canonicalIP and ipWarnings', () => {
  it.each([
    ['2001:DB8:0:0:0:0:0:1', '2001:db8::1'],
    ['1:0:0:2:0:0:0:3', '1:0:0:2::3'],
    ['1:0:2:0:3:0:4:0', '1:0:2:0:3:0:4:0'],
    ['0:0:1:0:0:1:0:0', '::1:0:0:1:0:0'],
    ['::', '::'],
    ['0001:0db8::', '1:db8::'],
    ['::ffff:0102:0304', '::ffff:1.2.3.4'],
    ['010.001.0.9', '10.1.0.9'],
  ])('%s → %s', (value, canonical) => {
    expect(canonicalIP(value)).toBe(canonical);
  });

  it('warns like GetWarningsForIP', () => {
    expect(ipWarnings('10.0.0.1')).toEqual([]);
    expect(ipWarnings('2001:db8::1')).toEqual([]);
    expect(ipWarnings('010.0.0.1')).toEqual([
      'non-standard IP address "010.0.0.1" will be considered invalid in a future Kubernetes release: use "10.0.0.1"',
    ]);
    expect(ipWarnings('::ffff:1.2.3.4')[0]).toMatch(/use "1\.2\.3\.4"$/);
    expect(ipWarnings('2001:DB8::1')).toEqual([
      'IPv6 address "2001:DB8::1" should be in RFC 5952 canonical format ("2001:db8::1")',
    ]);
    expect(ipWarnings('nonsense')).toEqual([]);
  });
});
