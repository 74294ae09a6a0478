// Help texts of the schemas in src/schema/k8s/dns.ts, as plain data (see docNode.ts):
// the schemas take their titles and descriptions from these nodes; the form reads them without Zod.
import type { DocNode } from './docNode';

export const podDnsConfigOptionDoc = {
  title: 'DNS option',
  description: 'A resolver option written to the options line of /etc/resolv.conf.',
  fields: {
    name: { title: 'Name', description: 'Resolver option name, e.g. ndots, timeout or edns0. Required.' },
    value: {
      title: 'Value',
      description: 'Option value, if the option takes one. A string: write "2", not 2.',
    },
  },
} satisfies DocNode;

export const podDnsConfigDoc = {
  title: 'DNS config',
  description:
    'DNS settings added to those produced by the DNS policy; with dnsPolicy None they are the only ones.',
  fields: {
    nameservers: {
      title: 'Nameservers',
      description:
        'IP addresses of DNS servers, added to those of the DNS policy (duplicates removed). At most 3; ' +
        'required, with at least one, when dnsPolicy is None.',
      items: {},
    },
    searches: {
      title: 'Search domains',
      description:
        'Domains appended to short host names when resolving, added to those of the DNS policy. At most 32, ' +
        '2048 characters in all.',
      items: {},
    },
    options: {
      title: 'Options',
      description: 'Resolver options; an option named here replaces the same option from the DNS policy.',
      items: podDnsConfigOptionDoc,
    },
  },
} satisfies DocNode;

export const hostAliasDoc = {
  title: 'Host alias',
  description: "An entry added to the pod's /etc/hosts file.",
  fields: {
    ip: { title: 'IP', description: 'IPv4 or IPv6 address the host names resolve to. Required.' },
    hostnames: {
      title: 'Host names',
      description: 'Names that resolve to the IP; a list of DNS names in lower case, e.g. ["foo.local"].',
      items: {},
    },
  },
} satisfies DocNode;
