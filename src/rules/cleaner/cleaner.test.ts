import { describe, expect, it } from 'vitest';
import { findings } from '../../testing/judge';
import { source } from '../../testing/source';
import { splitImageTag } from './image';

function problems(text: string): string[] {
  return findings(text)
    .filter((f) => f.severity !== 'info')
    .map((f) => `${f.severity} ${f.code} @ ${f.path}`);
}

describe('cleaner resources', () => {
  it('accepts the documented form', () => {
    const text = source`
      cleaner:
        image: polyaxon/polyaxon-init
        imageTag: v1.x
        imagePullPolicy: IfNotPresent
        resources:
          requests:
            memory: "64Mi"
            cpu: "50m"
          limits:
            memory: 128Mi
            cpu: 1
            nvidia.com/gpu: 1
    `;
    expect(problems(text)).toEqual([]);
  });
  it('rejects amounts written directly under resources', () => {
    expect(problems('cleaner:\n  resources:\n    memory: 64Mi\n    cpu: 50m\n')).toEqual([
      'error resources-flat @ cleaner.resources.memory',
      'error resources-flat @ cleaner.resources.cpu',
    ]);
  });
  it('rejects bad quantities with the right suffix in the message', () => {
    const result = findings('cleaner:\n  resources:\n    limits:\n      memory: 512MB\n      cpu: -1\n');
    expect(result.filter((f) => f.severity === 'error').map((f) => `${f.code} @ ${f.path}`)).toEqual([
      'quantity-invalid @ cleaner.resources.limits.memory',
      'quantity-negative @ cleaner.resources.limits.cpu',
    ]);
  });
  it('rejects a float quantity, which is sent as a JSON number', () => {
    expect(problems('cleaner:\n  resources:\n    requests:\n      cpu: 0.5\n')).toEqual([
      'error type-mismatch @ cleaner.resources.requests.cpu',
    ]);
  });
  it('wants requests at or below limits', () => {
    const text =
      'cleaner:\n  resources:\n    requests: {memory: 2Gi, cpu: 500m}\n    limits: {memory: 1Gi, cpu: "1"}\n';
    expect(problems(text)).toEqual(['error request-exceeds-limit @ cleaner.resources.requests.memory']);
  });
  it('checks resource names and extended resources', () => {
    expect(problems('cleaner:\n  resources:\n    limits:\n      gpu: 1\n')).toEqual([
      'error resource-name-invalid @ cleaner.resources.limits.gpu',
    ]);
    expect(problems('cleaner:\n  resources:\n    requests:\n      nvidia.com/gpu: 1\n')).toEqual([
      'error extended-resource-needs-limit @ cleaner.resources.requests["nvidia.com/gpu"]',
    ]);
    expect(problems('cleaner:\n  resources:\n    limits:\n      nvidia.com/gpu: 500m\n')).toEqual([
      'error extended-resource-fraction @ cleaner.resources.limits["nvidia.com/gpu"]',
    ]);
  });
  it('checks huge pages, claims, fractional bytes and empty resources', () => {
    expect(problems('cleaner:\n  resources:\n    limits:\n      hugepages-2Mi: 100Mi\n')).toEqual([
      'error hugepages-needs-cpu-memory @ cleaner.resources.limits.hugepages-2Mi',
    ]);
    expect(problems('cleaner:\n  resources:\n    claims:\n      - name: gpu\n')).toEqual([
      'error resource-claims-unsupported @ cleaner.resources.claims',
    ]);
    expect(problems('cleaner:\n  resources:\n    requests:\n      memory: 100m\n')).toEqual([
      'warning quantity-fractional-bytes @ cleaner.resources.requests.memory',
    ]);
    expect(problems('cleaner:\n  resources: {}\n')).toEqual([
      'warning cleaner-resources-empty @ cleaner.resources',
    ]);
  });
});

describe('cleaner image and other fields', () => {
  it('splits a tag or digest out of the image', () => {
    expect(splitImageTag('polyaxon/polyaxon-init:v2')).toEqual({ name: 'polyaxon/polyaxon-init', tag: 'v2' });
    expect(splitImageTag('registry:5000/team/init')).toBeNull();
    expect(splitImageTag('registry:5000/team/init:1.2')).toEqual({
      name: 'registry:5000/team/init',
      tag: '1.2',
    });
    expect(splitImageTag('img@sha256:abc')).toEqual({ name: 'img', tag: '@sha256:abc' });
  });
  it('rejects a tag inside image', () => {
    expect(problems('cleaner:\n  image: polyaxon/polyaxon-init:v2\n')).toEqual([
      'error cleaner-image-has-tag @ cleaner.image',
    ]);
  });
  it('wants imageTag as a string, and a known pull policy', () => {
    expect(problems('cleaner:\n  imageTag: 1.2\n  imagePullPolicy: always\n')).toEqual([
      'error type-mismatch @ cleaner.imageTag',
      'error invalid-enum @ cleaner.imagePullPolicy',
    ]);
  });
  it('warns that hpa means nothing and notes unverified scheduling fields', () => {
    expect(problems('cleaner:\n  hpa:\n    enabled: true\n')).toEqual([
      'warning cleaner-hpa-no-effect @ cleaner.hpa',
    ]);
    expect(findings('cleaner:\n  nodeSelector:\n    pool: cpu\n')).toContainEqual({
      code: 'cleaner-scheduling-unverified',
      path: 'cleaner.nodeSelector',
      severity: 'info',
    });
  });
});
