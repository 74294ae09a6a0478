import { describe, expect, it } from 'vitest';
import { source } from '../../testing/source';
import { applyFix, offered } from '../testing';

describe('wrong-case and misspelled enum values', () => {
  it('writes the allowed spelling, keeping the rest of the file', () => {
    const text = source`
      environment:
        # GPU nodes
        tolerations:
          - key: nvidia.com/gpu
            operator: exists   # any value
            effect: noschedule
        restartPolicy: never
    `;
    const fixed = applyFix(text, 'invalid-enum');
    expect(fixed).toMatchObject({ safe: true, titles: ['Change to Exists'], again: [] });
    expect(fixed.text).toBe(source`
      environment:
        # GPU nodes
        tolerations:
          - key: nvidia.com/gpu
            operator: Exists   # any value
            effect: noschedule
        restartPolicy: never
    `);
    const second = applyFix(fixed.text, 'invalid-enum');
    expect(second.text).toBe(fixed.text.replace('noschedule', 'NoSchedule'));
  });
  it('keeps quotes and fixes cleaner pull policies and restart policies', () => {
    const cleaner = 'cleaner:\n  imagePullPolicy: "ifnotpresent"\n';
    expect(applyFix(cleaner, 'invalid-enum').text).toBe('cleaner:\n  imagePullPolicy: "IfNotPresent"\n');
    const env = 'environment:\n  restartPolicy: never\n';
    expect(applyFix(env, 'invalid-enum')).toMatchObject({
      text: 'environment:\n  restartPolicy: Never\n',
      again: [],
    });
  });
  it('fixes selector operators in affinity', () => {
    const text = source`
      environment:
        affinity:
          nodeAffinity:
            requiredDuringSchedulingIgnoredDuringExecution:
              nodeSelectorTerms:
                - matchExpressions:
                    - {key: disktype, operator: in, values: [ssd]}
    `;
    const fixed = applyFix(text, 'invalid-enum');
    expect(fixed.text).toContain('- {key: disktype, operator: In, values: [ssd]}\n');
    expect(fixed.again).toEqual([]);
  });
});

describe('restart policies that the workload rejects', () => {
  const job = (policy: string) =>
    `kind: component\nrun:\n  kind: job\n  environment:\n    restartPolicy: ${policy}\n`;
  it('offers Never or OnFailure for a job', () => {
    expect(offered(job('Always'), 'restart-policy-always-in-job')).toEqual([
      'suggestion: Change to Never',
      'suggestion: Change to OnFailure',
    ]);
    const fixed = applyFix(job('Always'), 'restart-policy-always-in-job', 'Change to OnFailure');
    expect(fixed).toMatchObject({ text: job('OnFailure'), again: [] });
  });
  it('writes Always for a service', () => {
    const service = 'kind: component\nrun:\n  kind: service\n  environment:\n    restartPolicy: Never\n';
    const fixed = applyFix(service, 'restart-policy-not-always-in-service');
    expect(fixed).toMatchObject({ safe: true, text: service.replace('Never', 'Always'), again: [] });
  });
});

describe('quoted numbers and booleans where Kubernetes wants the type', () => {
  it('unquotes tolerationSeconds', () => {
    const text = source`
      environment:
        tolerations:
          - key: a
            operator: Exists
            effect: NoExecute
            tolerationSeconds: "30" # half a minute
    `;
    const fixed = applyFix(text, 'type-mismatch');
    expect(fixed).toMatchObject({ safe: true, titles: ['Change to 30 (a number)'], again: [] });
    expect(fixed.text).toBe(text.replace('"30"', '30'));
  });
});

describe('values the checker suggests', () => {
  it('writes the replacement of a deprecated topology key', () => {
    const text = source`
      environment:
        affinity:
          podAntiAffinity:
            requiredDuringSchedulingIgnoredDuringExecution:
              - labelSelector: {matchLabels: {app: web}}
                topologyKey: failure-domain.beta.kubernetes.io/zone
    `;
    const fixed = applyFix(text, 'topology-key-deprecated');
    expect(fixed).toMatchObject({ safe: true, again: [] });
    expect(fixed.text).toBe(
      text.replace('failure-domain.beta.kubernetes.io/zone', 'topology.kubernetes.io/zone'),
    );
  });
  it('adds a missing topologyKey as a suggestion', () => {
    const text = source`
      environment:
        affinity:
          podAffinity:
            requiredDuringSchedulingIgnoredDuringExecution:
              - labelSelector: {matchLabels: {app: web}}
    `;
    expect(offered(text, 'topology-key-missing')).toEqual([
      'suggestion: Set topologyKey: kubernetes.io/hostname',
    ]);
    const fixed = applyFix(text, 'topology-key-missing');
    expect(fixed.text).toBe(`${text}          topologyKey: kubernetes.io/hostname\n`);
    expect(fixed.again).toEqual([]);
  });
  it('adds dnsPolicy ClusterFirstWithHostNet next to hostNetwork', () => {
    const text = 'environment:\n  hostNetwork: true\n';
    const fixed = applyFix(text, 'host-network-dns-policy');
    expect(fixed).toMatchObject({
      safe: true,
      text: 'environment:\n  hostNetwork: true\n  dnsPolicy: ClusterFirstWithHostNet\n',
      again: [],
    });
  });
});

describe('quantities', () => {
  const limits = (memory: string) => `cleaner:\n  resources:\n    limits:\n      memory: ${memory}\n`;
  it('fixes the case of a binary suffix safely', () => {
    expect(applyFix(limits('100mi'), 'quantity-invalid')).toMatchObject({
      safe: true,
      text: limits('100Mi'),
      again: [],
    });
    expect(applyFix(limits('1GiB'), 'quantity-invalid').text).toBe(limits('1Gi'));
  });
  it('offers both meanings of an SI-looking suffix', () => {
    expect(offered(limits('1GB'), 'quantity-invalid')).toEqual([
      'suggestion: Change to 1G',
      'suggestion: Change to 1Gi',
    ]);
    expect(applyFix(limits('1GB'), 'quantity-invalid', 'Change to 1Gi')).toMatchObject({
      text: limits('1Gi'),
      again: [],
    });
  });
  it('offers a byte unit for memory written in milli or without a unit', () => {
    expect(offered(limits('64m'), 'quantity-fractional-bytes')).toEqual([
      'suggestion: Change to 64Mi',
      'suggestion: Change to 64M',
    ]);
    expect(applyFix(limits('"0.5"'), 'quantity-fractional-bytes')).toMatchObject({
      text: limits('"0.5Gi"'),
      again: [],
    });
  });
  it('raises a limit or lowers a request', () => {
    const text = 'cleaner:\n  resources:\n    requests: {cpu: 2}\n    limits: {cpu: 500m}\n';
    expect(offered(text, 'request-exceeds-limit')).toEqual([
      'suggestion: Raise the limit to 2',
      'suggestion: Lower the request to 500m',
    ]);
    expect(applyFix(text, 'request-exceeds-limit', 'Lower the request to 500m')).toMatchObject({
      text: 'cleaner:\n  resources:\n    requests: {cpu: 500m}\n    limits: {cpu: 500m}\n',
      again: [],
    });
  });
  it('sets the limit of an extended resource to its request', () => {
    const text = 'cleaner:\n  resources:\n    requests:\n      nvidia.com/gpu: 1\n';
    expect(applyFix(text, 'extended-resource-needs-limit')).toMatchObject({
      safe: true,
      text: `${text}    limits:\n      nvidia.com/gpu: 1\n`,
      again: [],
    });
  });
});
