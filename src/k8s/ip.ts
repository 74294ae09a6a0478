/**
 * IP address literals as Kubernetes validates them (apimachinery `pkg/util/validation/ip.go`:
 * `IsValidIPForLegacyField`, `IsValidIP`, `GetWarningsForIP`), used for `hostAliases[].ip`
 * and `dnsConfig.nameservers[]`.
 *
 * Kubernetes parses with `netutils.ParseIPSloppy` (Go 1.16's `net.ParseIP`): IPv4 dotted quads
 * and IPv6 text, no zones (`%eth0`), no prefix lengths (`/24`). Two forms are only rejected
 * under strict validation (feature gate StrictIPCIDRValidation, still alpha and off by
 * default): IPv4 octets with leading zeros (`010.0.0.1`, read as 10.0.0.1 by Kubernetes but
 * as octal by libc) and IPv4-mapped IPv6 (`::ffff:1.2.3.4`). Without the gate both pass with
 * an API warning. This module rejects leading zeros by default (they are ambiguous and slated
 * to become invalid) and accepts IPv4-mapped addresses by default; both are options.
 */

/** Which non-standard forms {@link isValidIP} lets through. */
export interface IPValidationOptions {
  /** Accept IPv4 octets with leading zeros such as `010.0.0.1` (default false). */
  readonly allowLeadingZeros?: boolean;
  /** Accept IPv4-mapped IPv6 addresses such as `::ffff:1.2.3.4` (default true). */
  readonly allowIPv4Mapped?: boolean;
}

/** A parsed address: 4 bytes for IPv4, 16 for IPv6. */
export interface ParsedIP {
  readonly family: 4 | 6;
  readonly bytes: readonly number[];
  /** Some IPv4 octet (also inside an IPv6 tail) had a leading zero. */
  readonly leadingZeros: boolean;
}

const INVALID_IP = 'must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)';
const HEX_GROUP_RE = /^[0-9A-Fa-f]{1,4}$/;
const DIGITS_RE = /^[0-9]+$/;

/** Parses an IP literal the way Kubernetes' sloppy parser does; undefined if it is not one. */
export function parseIP(value: string): ParsedIP | undefined {
  if (value.includes(':')) return parseIPv6(value);
  const v4 = parseIPv4(value);
  return v4 && { family: 4, bytes: v4.bytes, leadingZeros: v4.leadingZeros };
}

/**
 * Checks an IP literal and returns Kubernetes-style messages (empty list = valid). By default
 * leading zeros are rejected ("must not have leading 0s") and IPv4-mapped IPv6 is accepted.
 */
export function isValidIP(value: string, options: IPValidationOptions = {}): string[] {
  const parsed = parseIP(value);
  if (!parsed) return [INVALID_IP + invalidHint(value)];
  const errors: string[] = [];
  if (parsed.leadingZeros && options.allowLeadingZeros !== true) {
    errors.push(`must not have leading 0s (write "${preferredText(parsed)}")`);
  }
  if (options.allowIPv4Mapped === false && isIPv4Mapped(parsed)) {
    errors.push(`must not be an IPv4-mapped IPv6 address (write "${preferredText(parsed)}")`);
  }
  return errors;
}

/** True for a strict IPv4 dotted quad: four decimal octets 0–255 without leading zeros. */
export function isIPv4(value: string): boolean {
  const parsed = parseIP(value);
  return parsed !== undefined && parsed.family === 4 && !parsed.leadingZeros;
}

/** True for an IPv6 literal (compressed forms and a dotted IPv4 tail included, no zone). */
export function isIPv6(value: string): boolean {
  const parsed = parseIP(value);
  return parsed !== undefined && parsed.family === 6 && !parsed.leadingZeros;
}

/** True when the address is IPv6 in the IPv4-mapped range `::ffff:0:0/96`. */
export function isIPv4Mapped(parsed: ParsedIP): boolean {
  if (parsed.family !== 6) return false;
  return (
    parsed.bytes.slice(0, 10).every((b) => b === 0) && parsed.bytes[10] === 0xff && parsed.bytes[11] === 0xff
  );
}

/**
 * The canonical text of an address as Go's `netip.Addr.String` writes it: IPv4 without
 * leading zeros; IPv6 per RFC 5952 (lower case, no leading zeros, the longest run of two or
 * more zero groups written `::`), IPv4-mapped as `::ffff:a.b.c.d`. Undefined if invalid.
 */
export function canonicalIP(value: string): string | undefined {
  const parsed = parseIP(value);
  return parsed && formatIP(parsed);
}

/**
 * The API warnings `GetWarningsForIP` gives for an address that is accepted but
 * non-standard: leading zeros or IPv4-mapped ("will be considered invalid in a future
 * Kubernetes release"), or IPv6 not in RFC 5952 canonical form.
 */
export function ipWarnings(value: string): string[] {
  const parsed = parseIP(value);
  if (!parsed) return [];
  if (parsed.leadingZeros || isIPv4Mapped(parsed)) {
    return [
      `non-standard IP address "${value}" will be considered invalid in a future Kubernetes release: use "${preferredText(parsed)}"`,
    ];
  }
  const canonical = formatIP(parsed);
  if (parsed.family === 6 && canonical !== value) {
    return [`IPv6 address "${value}" should be in RFC 5952 canonical format ("${canonical}")`];
  }
  return [];
}

function invalidHint(value: string): string {
  if (value.trim() !== value) return '; remove the surrounding spaces';
  if (value.includes('%')) return "; a zone such as '%eth0' is not allowed";
  if (value.includes('/')) return "; write the address alone, without a prefix length such as '/24'";
  return '';
}

function parseIPv4(text: string): { bytes: number[]; leadingZeros: boolean } | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  const bytes: number[] = [];
  let leadingZeros = false;
  for (const part of parts) {
    if (!DIGITS_RE.test(part)) return undefined;
    const trimmed = part.replace(/^0+(?=\d)/, '');
    if (trimmed.length > 3) return undefined;
    const octet = Number(trimmed);
    if (octet > 255) return undefined;
    if (trimmed.length !== part.length) leadingZeros = true;
    bytes.push(octet);
  }
  return { bytes, leadingZeros };
}

function parseIPv6(text: string): ParsedIP | undefined {
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const words: number[][] = [];
  let leadingZeros = false;
  for (let h = 0; h < halves.length; h++) {
    const half = halves[h] ?? '';
    const groups = half === '' ? [] : half.split(':');
    const halfWords: number[] = [];
    for (let g = 0; g < groups.length; g++) {
      const group = groups[g] ?? '';
      if (group.includes('.')) {
        const isLast = h === halves.length - 1 && g === groups.length - 1;
        const v4 = isLast ? parseIPv4(group) : undefined;
        if (!v4) return undefined;
        leadingZeros ||= v4.leadingZeros;
        const [a = 0, b = 0, c = 0, d = 0] = v4.bytes;
        halfWords.push((a << 8) | b, (c << 8) | d);
      } else if (HEX_GROUP_RE.test(group)) {
        halfWords.push(parseInt(group, 16));
      } else {
        return undefined;
      }
    }
    words.push(halfWords);
  }
  const head = words[0] ?? [];
  const tail = words[1] ?? [];
  const count = head.length + tail.length;
  if (halves.length === 1 ? count !== 8 : count > 7) return undefined;
  const all = [...head, ...new Array<number>(8 - count).fill(0), ...tail];
  const bytes = all.flatMap((word) => [word >> 8, word & 0xff]);
  return { family: 6, bytes, leadingZeros };
}

function formatIP(parsed: ParsedIP): string {
  if (parsed.family === 4) return parsed.bytes.join('.');
  if (isIPv4Mapped(parsed)) return `::ffff:${parsed.bytes.slice(12).join('.')}`;
  const words: number[] = [];
  for (let i = 0; i < 16; i += 2) words.push(((parsed.bytes[i] ?? 0) << 8) | (parsed.bytes[i + 1] ?? 0));
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < 8;) {
    let j = i;
    while (j < 8 && words[j] === 0) j++;
    if (j - i > bestLength) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j === i ? i + 1 : j;
  }
  const hex = (list: number[]): string => list.map((w) => w.toString(16)).join(':');
  if (bestStart < 0) return hex(words);
  return `${hex(words.slice(0, bestStart))}::${hex(words.slice(bestStart + bestLength))}`;
}

/** The form Kubernetes suggests in its messages (Go `net.IP.String`): mapped IPv6 as IPv4. */
function preferredText(parsed: ParsedIP): string {
  if (isIPv4Mapped(parsed)) return parsed.bytes.slice(12).join('.');
  return formatIP(parsed);
}
