import { ruleBook } from '../../testing/ruleBook';
import { source } from '../../testing/source';

const A = 'environment.hostAliases';

/** Rule book sections 2.4 (hostAliases) and 2.5 (DNS). */
ruleBook('rule book 2.4 and 2.5: hostAliases and DNS', [
  {
    rule: '2.4 ip required',
    pass: source`
      environment:
        hostAliases:
          - {ip: "127.0.0.1", hostnames: [foo.local]}
    `,
    fail: source`
      environment:
        hostAliases:
          - {hostnames: [foo.local]}
    `,
    expect: [`error host-alias-ip-missing @ ${A}[0].ip`],
  },
  {
    rule: '2.4 ip is a strict IPv4 or IPv6 literal',
    pass: source`
      environment:
        hostAliases:
          - {ip: "fd00::10", hostnames: [db.internal]}
    `,
    fail: source`
      environment:
        hostAliases:
          - {ip: 010.0.0.1, hostnames: [a.local]}
          - {ip: 10.0.0, hostnames: [b.local]}
    `,
    expect: [`error host-alias-ip-invalid @ ${A}[0].ip`, `error host-alias-ip-invalid @ ${A}[1].ip`],
  },
  {
    rule: '2.4 hostnames are DNS subdomains',
    pass: source`
      environment:
        hostAliases:
          - {ip: 10.0.0.1, hostnames: [db.local, cache]}
    `,
    fail: source`
      environment:
        hostAliases:
          - {ip: 10.0.0.1, hostnames: [DB_Host]}
    `,
    expect: [`error host-alias-hostname-invalid @ ${A}[0].hostnames[0]`],
  },
  {
    rule: '2.4 duplicate ip draws an API warning',
    pass: source`
      environment:
        hostAliases:
          - {ip: 10.0.0.1, hostnames: [a.local, b.local]}
    `,
    fail: source`
      environment:
        hostAliases:
          - {ip: 10.0.0.1, hostnames: [a.local]}
          - {ip: 10.0.0.1, hostnames: [b.local]}
    `,
    expect: [`warning host-alias-duplicate-ip @ ${A}[1].ip`],
  },
  {
    rule: '2.5 dnsPolicy is a case-sensitive enum (checked by Kubernetes)',
    pass: source`
      environment:
        dnsPolicy: Default
    `,
    fail: source`
      environment:
        dnsPolicy: clusterFirst
    `,
    expect: ['error invalid-enum @ environment.dnsPolicy'],
  },
  {
    rule: '2.5 dnsPolicy None needs dnsConfig with nameservers',
    pass: source`
      environment:
        dnsPolicy: None
        dnsConfig: {nameservers: [192.0.2.53]}
    `,
    fail: source`
      environment:
        dnsPolicy: None
    `,
    expect: ['error dns-none-needs-nameservers @ environment.dnsPolicy'],
  },
  {
    rule: '2.5 at most 3 nameservers, each an IP',
    pass: source`
      environment:
        dnsConfig: {nameservers: [10.96.0.10, 1.1.1.1, "2606:4700::1111"]}
    `,
    fail: source`
      environment:
        dnsConfig: {nameservers: [1.1.1.1, 8.8.8.8, 9.9.9.9, dns.example.com]}
    `,
    expect: [
      'error dns-too-many-nameservers @ environment.dnsConfig.nameservers',
      'error dns-nameserver-invalid @ environment.dnsConfig.nameservers[3]',
    ],
  },
  {
    rule: '2.5 searches: at most 32, 2048 characters, DNS subdomains',
    pass: source`
      environment:
        dnsConfig: {searches: [svc.cluster.local, "corp.example."]}
    `,
    fail: source`
      environment:
        dnsConfig: {searches: [Corp_Example, ${JSON.stringify(Array.from({ length: 33 }, (_, i) => `d${i}.example`)).slice(1, -1)}]}
    `,
    expect: [
      'error dns-search-invalid @ environment.dnsConfig.searches[0]',
      'error dns-too-many-searches @ environment.dnsConfig.searches',
    ],
  },
  {
    rule: '2.5 searches joined must stay within 2048 characters',
    pass: source`
      environment:
        dnsConfig: {searches: [${'a'.repeat(60)}.example]}
    `,
    fail: source`
      environment:
        dnsConfig: {searches: [${Array.from({ length: 20 }, () => `${'a'.repeat(60)}.${'b'.repeat(60)}`).join(', ')}]}
    `,
    expect: ['error dns-search-list-too-long @ environment.dnsConfig.searches'],
  },
  {
    rule: '2.5 a lone "." or "_" needs relaxed search validation',
    pass: source`
      environment:
        dnsConfig: {searches: [example.com]}
    `,
    fail: source`
      environment:
        dnsConfig: {searches: ["."]}
    `,
    expect: ['warning dns-search-relaxed-only @ environment.dnsConfig.searches[0]'],
  },
  {
    rule: '2.5 options need a name; value is a string',
    pass: source`
      environment:
        dnsConfig:
          options:
            - {name: ndots, value: "2"}
            - {name: edns0}
    `,
    fail: source`
      environment:
        dnsConfig:
          options:
            - {value: "2"}
            - {name: ndots, value: 2}
    `,
    expect: [
      'error dns-option-name-missing @ environment.dnsConfig.options[0].name',
      'error type-mismatch @ environment.dnsConfig.options[1].value',
    ],
  },
  {
    rule: '2.5 hostNetwork without ClusterFirstWithHostNet loses cluster DNS',
    pass: source`
      environment:
        hostNetwork: true
        dnsPolicy: ClusterFirstWithHostNet
    `,
    fail: source`
      environment:
        hostNetwork: true
    `,
    expect: ['warning host-network-dns-policy @ environment.hostNetwork'],
  },
]);
