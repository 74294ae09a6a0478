import { describe, expect, it } from 'vitest';
import { checkText } from '../../judge/check';
import { WALK_CODES } from '../../judge/codes';
import { findings } from '../../testing/judge';
import { source } from '../../testing/source';
import { NETWORKING_CODES } from './codes';

/** This area's errors and warnings and the walker's, as `severity code @ path`. */
function problems(text: string): string[] {
  return findings(text)
    .filter((f) => f.severity !== 'info')
    .filter((f) => f.code in NETWORKING_CODES || f.code in WALK_CODES)
    .map((f) => `${f.severity} ${f.code} @ ${f.path}`);
}

/** A Deployment whose pod spec has the given extra lines (indented by 4). */
function deployment(spec: string): string {
  const lines = spec.split('\n').map((l) => `      ${l}`);
  return [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata: {name: web}',
    'spec:',
    '  selector: {matchLabels: {app: web}}',
    '  template:',
    '    metadata: {labels: {app: web}}',
    '    spec:',
    '      containers: [{name: web, image: nginx}]',
    ...lines,
    '',
  ].join('\n');
}

describe('hostAliases', () => {
  it('accepts IPs with DNS hostnames', () => {
    const text = source`
      environment:
        hostAliases:
          - ip: "10.0.0.1"
            hostnames: [db.internal, cache]
          - ip: "fd00::1"
            hostnames: [db6.internal]
    `;
    expect(problems(text)).toEqual([]);
  });
  it('rejects an entry without ip: Polyaxon in an environment, Kubernetes in a manifest', () => {
    const env = checkText('environment:\n  hostAliases:\n    - hostnames: [db.internal]\n');
    expect(env.issues.filter((i) => i.code === 'host-alias-ip-missing').map((i) => i.source)).toEqual([
      'polyaxon',
    ]);
    expect(problems('environment:\n  hostAliases:\n    - hostnames: [db.internal]\n')).toEqual([
      'error host-alias-ip-missing @ environment.hostAliases[0].ip',
    ]);
    const pod = checkText(deployment('hostAliases: [{hostnames: [db.internal]}]'));
    expect(pod.issues.filter((i) => i.code === 'host-alias-ip-missing').map((i) => i.source)).toEqual([
      'kubernetes',
    ]);
  });
  it('rejects bad IPs and hostnames', () => {
    const text =
      'environment:\n  hostAliases:\n    - ip: 10.0.0.256\n      hostnames: [ok.internal, Bad_Host]\n';
    expect(problems(text)).toEqual([
      'error host-alias-ip-invalid @ environment.hostAliases[0].ip',
      'error host-alias-hostname-invalid @ environment.hostAliases[0].hostnames[1]',
    ]);
  });
  it('warns about a repeated ip', () => {
    const text =
      'environment:\n  hostAliases:\n    - {ip: 10.0.0.1, hostnames: [a]}\n    - {ip: 10.0.0.1, hostnames: [b]}\n';
    expect(problems(text)).toEqual(['warning host-alias-duplicate-ip @ environment.hostAliases[1].ip']);
  });
  it('reports hostnames written as one string once', () => {
    const text = 'environment:\n  hostAliases:\n    - ip: 10.0.0.1\n      hostnames: db.internal\n';
    const found = problems(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^error [a-z-]+ @ environment\.hostAliases\[0\]\.hostnames$/);
  });
});

describe('DNS', () => {
  it('accepts a complete custom DNS setup', () => {
    const text = source`
      environment:
        dnsPolicy: None
        dnsConfig:
          nameservers: ["1.1.1.1", "2606:4700:4700::1111"]
          searches: [ns1.svc.cluster.local, example.com.]
          options:
            - name: ndots
              value: "2"
            - name: edns0
    `;
    expect(problems(text)).toEqual([]);
  });
  it('wants nameservers with dnsPolicy None', () => {
    expect(problems('environment:\n  dnsPolicy: None\n')).toEqual([
      'error dns-none-needs-nameservers @ environment.dnsPolicy',
    ]);
    expect(problems('environment:\n  dnsPolicy: None\n  dnsConfig:\n    searches: [example.com]\n')).toEqual([
      'error dns-none-needs-nameservers @ environment.dnsConfig.nameservers',
    ]);
    expect(problems(deployment('dnsPolicy: None'))).toEqual([
      'error dns-none-needs-nameservers @ spec.template.spec.dnsPolicy',
    ]);
  });
  it('limits and checks nameservers', () => {
    const four = 'environment:\n  dnsConfig:\n    nameservers: [1.1.1.1, 8.8.8.8, 9.9.9.9, 8.8.4.4]\n';
    expect(problems(four)).toEqual(['error dns-too-many-nameservers @ environment.dnsConfig.nameservers']);
    expect(problems('environment:\n  dnsConfig:\n    nameservers: [1.1.1.1, dns.google]\n')).toEqual([
      'error dns-nameserver-invalid @ environment.dnsConfig.nameservers[1]',
    ]);
  });
  it('limits the search list by count and length', () => {
    const many = Array.from({ length: 33 }, (_, i) => `d${i}.example.com`).join(', ');
    expect(problems(`environment:\n  dnsConfig:\n    searches: [${many}]\n`)).toEqual([
      'error dns-too-many-searches @ environment.dnsConfig.searches',
    ]);
    const long = Array.from({ length: 30 }, (_, i) => `${'x'.repeat(60)}${i}.example.com`).join(', ');
    expect(problems(`environment:\n  dnsConfig:\n    searches: [${long}]\n`)).toEqual([
      'error dns-search-list-too-long @ environment.dnsConfig.searches',
    ]);
  });
  it('tells relaxed-only search domains from invalid ones', () => {
    const text = 'environment:\n  dnsConfig:\n    searches: [_tcp.example.com, "has space.com"]\n';
    expect(problems(text)).toEqual([
      'warning dns-search-relaxed-only @ environment.dnsConfig.searches[0]',
      'error dns-search-invalid @ environment.dnsConfig.searches[1]',
    ]);
  });
  it('wants a name on every option, and reports a number value once', () => {
    expect(problems('environment:\n  dnsConfig:\n    options:\n      - value: "2"\n')).toEqual([
      'error dns-option-name-missing @ environment.dnsConfig.options[0].name',
    ]);
    const numeric = problems(
      'environment:\n  dnsConfig:\n    options:\n      - name: ndots\n        value: 2\n',
    );
    expect(numeric).toHaveLength(1);
    expect(numeric[0]).toMatch(/^error [a-z-]+ @ environment\.dnsConfig\.options\[0\]\.value$/);
  });
});

describe('hostNetwork and DNS', () => {
  it('warns when cluster DNS is lost', () => {
    const issue = checkText('environment:\n  hostNetwork: true\n').issues.find(
      (i) => i.code === 'host-network-dns-policy',
    );
    expect(issue).toMatchObject({ severity: 'warning', data: { suggestion: 'ClusterFirstWithHostNet' } });
    expect(problems('environment:\n  hostNetwork: true\n  dnsPolicy: ClusterFirst\n')).toEqual([
      'warning host-network-dns-policy @ environment.hostNetwork',
    ]);
    expect(problems(deployment('hostNetwork: true'))).toEqual([
      'warning host-network-dns-policy @ spec.template.spec.hostNetwork',
    ]);
  });
  it('accepts ClusterFirstWithHostNet and deliberate choices', () => {
    expect(problems('environment:\n  hostNetwork: true\n  dnsPolicy: ClusterFirstWithHostNet\n')).toEqual([]);
    expect(problems('environment:\n  hostNetwork: true\n  dnsPolicy: Default\n')).toEqual([]);
    expect(problems('environment:\n  hostNetwork: false\n')).toEqual([]);
  });
});
