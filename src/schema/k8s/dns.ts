import { z } from 'zod';
import { doc, field } from '../field';
import { stringListSchema } from './common';

/** PodDNSConfigOption: one resolver option (`options ndots:2`). */
export const podDnsConfigOptionSchema = doc(
  z.object({
    name: field(z.string(), 'Name', 'Resolver option name, e.g. ndots, timeout or edns0. Required.'),
    value: field(z.string(), 'Value', 'Option value, if the option takes one. A string: write "2", not 2.'),
  }),
  'DNS option',
  'A resolver option written to the options line of /etc/resolv.conf.',
);

/** PodDNSConfig: extra resolver settings merged with those of the DNS policy. */
export const podDnsConfigSchema = doc(
  z.object({
    nameservers: field(
      stringListSchema,
      'Nameservers',
      'IP addresses of DNS servers, added to those of the DNS policy (duplicates removed). At most 3; ' +
        'required, with at least one, when dnsPolicy is None.',
    ),
    searches: field(
      stringListSchema,
      'Search domains',
      'Domains appended to short host names when resolving, added to those of the DNS policy. At most 32, ' +
        '2048 characters in all.',
    ),
    options: field(
      z.array(podDnsConfigOptionSchema),
      'Options',
      'Resolver options; an option named here replaces the same option from the DNS policy.',
    ),
  }),
  'DNS config',
  'DNS settings added to those produced by the DNS policy; with dnsPolicy None they are the only ones.',
);

/** HostAlias: an /etc/hosts entry. */
export const hostAliasSchema = doc(
  z.object({
    ip: field(z.string(), 'IP', 'IPv4 or IPv6 address the host names resolve to. Required.'),
    hostnames: field(
      stringListSchema,
      'Host names',
      'Names that resolve to the IP; a list of DNS names in lower case, e.g. ["foo.local"].',
    ),
  }),
  'Host alias',
  "An entry added to the pod's /etc/hosts file.",
);
