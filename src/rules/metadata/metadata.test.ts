import { describe, expect, it } from 'vitest';
import { checkText } from '../../judge/check';
import { WALK_CODES } from '../../judge/codes';
import { findings } from '../../testing/judge';
import { source } from '../../testing/source';
import { METADATA_CODES } from './codes';

/** This area's errors and warnings and the walker's, as `severity code @ path`. */
function problems(text: string): string[] {
  return findings(text)
    .filter((f) => f.severity !== 'info')
    .filter((f) => f.code in METADATA_CODES || f.code in WALK_CODES)
    .map((f) => `${f.severity} ${f.code} @ ${f.path}`);
}

const DEPLOYMENT = source`
  apiVersion: apps/v1
  kind: Deployment
  metadata:
    name: web
  spec:
    selector:
      matchLabels: {app: web}
    template:
      metadata:
        labels:
          app: web
          tier: front end
        annotations:
          app.kubernetes.io/name: kept
      spec:
        containers:
          - name: web
            image: nginx:1.27
        nodeSelector:
          failure-domain.beta.kubernetes.io/zone: eu-west-1a
`;

describe('labels', () => {
  it('accepts qualified keys and label values, empty included', () => {
    const text = source`
      environment:
        labels:
          team: vision
          example.com/tier: "1"
          empty: ""
    `;
    expect(problems(text)).toEqual([]);
  });
  it('rejects keys that are not qualified names, on the key', () => {
    const text = 'environment:\n  labels:\n    "bad key": x\n    a/b/c: y\n    Example.com/x: z\n';
    expect(problems(text)).toEqual([
      'error label-key-invalid @ environment.labels["bad key"]',
      'error label-key-invalid @ environment.labels["a/b/c"]',
      'error label-key-invalid @ environment.labels["Example.com/x"]',
    ]);
    const issue = checkText(text).issues.find((i) => i.code === 'label-key-invalid');
    expect(issue?.range.start).toMatchObject({ line: 3, col: 5 });
  });
  it('rejects long values and the JSON text of a list', () => {
    const text = `environment:\n  labels:\n    long: ${'a'.repeat(64)}\n    ok: ${'a'.repeat(63)}\n    tags: [a, b]\n`;
    expect(problems(text)).toEqual([
      'error label-value-invalid @ environment.labels.long',
      'error label-value-invalid @ environment.labels.tags',
      'warning coerced-value @ environment.labels.tags',
    ]);
  });
  it('checks the pod template labels of a manifest', () => {
    expect(problems(DEPLOYMENT)).toContain('error label-value-invalid @ spec.template.metadata.labels.tier');
  });
});

describe('annotations', () => {
  it('lower-cases the key before checking it, as Kubernetes does', () => {
    const text =
      'environment:\n  annotations:\n    Example.COM/Owner: me\n    note: ' +
      JSON.stringify('any text, even: this') +
      '\n';
    expect(problems(text)).toEqual([]);
  });
  it('rejects invalid keys', () => {
    expect(problems('environment:\n  annotations:\n    -bad: x\n    ok/: y\n')).toEqual([
      'error annotation-key-invalid @ environment.annotations["-bad"]',
      'error annotation-key-invalid @ environment.annotations["ok/"]',
    ]);
  });
  it('limits the total size to 256 KiB', () => {
    const big = (n: number) => `environment:\n  annotations:\n    blob: "${'x'.repeat(n)}"\n`;
    expect(problems(big(262144 - 4))).toEqual([]);
    expect(problems(big(262144 - 3))).toEqual(['error annotations-too-large @ environment.annotations']);
  });
  it('warns about annotations Kubernetes no longer acts on', () => {
    expect(
      problems('environment:\n  annotations:\n    scheduler.alpha.kubernetes.io/critical-pod: ""\n'),
    ).toEqual([
      'warning deprecated-pod-annotation @ environment.annotations["scheduler.alpha.kubernetes.io/critical-pod"]',
    ]);
  });
});

describe('nodeSelector', () => {
  it('follows the label rules in every section kind', () => {
    expect(problems('environment:\n  nodeSelector:\n    disk type: ssd\n    disk: fast ssd\n')).toEqual([
      'error node-selector-key-invalid @ environment.nodeSelector["disk type"]',
      'error node-selector-value-invalid @ environment.nodeSelector.disk',
    ]);
    expect(problems('cleaner:\n  nodeSelector:\n    pool: "-cpu"\n')).toEqual([
      'error node-selector-value-invalid @ cleaner.nodeSelector.pool',
    ]);
    expect(problems('environment:\n  nodeSelector:\n    kubernetes.io/arch: amd64\n')).toEqual([]);
  });
  it('names the replacement of a deprecated node label', () => {
    const result = checkText('environment:\n  nodeSelector:\n    beta.kubernetes.io/arch: amd64\n');
    const issue = result.issues.find((i) => i.code === 'deprecated-node-label');
    expect(issue).toMatchObject({ severity: 'warning', data: { suggestion: 'kubernetes.io/arch' } });
    expect(problems(DEPLOYMENT)).toContain(
      'warning deprecated-node-label @ spec.template.spec.nodeSelector["failure-domain.beta.kubernetes.io/zone"]',
    );
  });
});

describe('labels and annotations Polyaxon owns', () => {
  it('warns in an environment, where Polyaxon overwrites them', () => {
    const text = source`
      environment:
        labels:
          app.kubernetes.io/name: mine
          app.kubernetes.io/team: mine
        annotations:
          operation.polyaxon.com/kind: mine
    `;
    expect(problems(text)).toEqual([
      'warning polyaxon-owned-label @ environment.labels["app.kubernetes.io/name"]',
      'warning polyaxon-owned-annotation @ environment.annotations["operation.polyaxon.com/kind"]',
    ]);
  });
  it('says nothing in a plain Kubernetes manifest', () => {
    expect(problems(DEPLOYMENT).filter((p) => p.includes('polyaxon-owned'))).toEqual([]);
  });
});
