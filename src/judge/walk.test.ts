import { describe, expect, it } from 'vitest';
import { codesAt, findings } from '../testing/judge';
import { source } from '../testing/source';
import { checkText } from './check';

/** Only errors and warnings: what a user must act on. */
function problems(text: string, kind: 'auto' | 'environment' | 'cleaner' = 'auto'): string[] {
  return findings(text, { kind })
    .filter((f) => f.severity !== 'info')
    .map((f) => `${f.severity} ${f.code} @ ${f.path}`);
}

describe('a valid environment', () => {
  it('gets no error and no warning', () => {
    const text = source`
      environment:
        labels:
          team: vision
          example.com/tier: "1"
        annotations:
          note: anything goes here
        nodeSelector:
          disktype: ssd
        tolerations:
          - key: nvidia.com/gpu
            operator: Exists
            effect: NoSchedule
        serviceAccountName: build-robot
        imagePullSecrets: [regcred]
        hostNetwork: false
        dnsPolicy: ClusterFirst
        dnsConfig:
          options:
            - name: ndots
              value: "2"
        schedulerName: default-scheduler
        priorityClassName: high
        restartPolicy: Never
    `;
    expect(problems(text)).toEqual([]);
  });
  it('treats null values as unset', () => {
    expect(problems('environment:\n  nodeName:\n  affinity: ~\n  tolerations: null\n')).toEqual([]);
  });
});

describe('keys at the Polyaxon level', () => {
  it('rejects unknown keys with a suggestion', () => {
    const result = checkText('environment:\n  nodeselector: {a: b}\n  hostPid: true\n');
    const unknown = result.issues.filter((i) => i.code === 'unknown-key');
    expect(unknown.map((i) => i.data?.['suggestion'])).toEqual(['nodeSelector', 'hostPID']);
    expect(unknown[0]?.range.start).toMatchObject({ line: 2, col: 3 });
  });
  it('accepts snake_case field names as info', () => {
    expect(findings('environment:\n  node_selector: {a: b}\n  host_pid: false\n')).toContainEqual({
      code: 'snake-case-key',
      path: 'environment.node_selector',
      severity: 'info',
    });
    expect(problems('environment:\n  node_selector: {a: b}\n')).toEqual([]);
  });
  it('accepts snake_case and PascalCase at the top of Kubernetes objects', () => {
    const text = 'environment:\n  securityContext:\n    run_as_user: 1000\n    RunAsGroup: 1000\n';
    expect(problems(text)).toEqual([]);
    expect(codesAt(text)).toContain('snake-case-key @ environment.securityContext.run_as_user');
  });
  it('warns about nested snake_case keys that Kubernetes drops', () => {
    const text = source`
      environment:
        affinity:
          node_affinity:
            required_during_scheduling_ignored_during_execution:
              nodeSelectorTerms: []
    `;
    expect(problems(text)).toEqual([
      'warning nested-snake-case @ environment.affinity.node_affinity.required_during_scheduling_ignored_during_execution',
    ]);
  });
  it('rejects unknown keys inside tolerations and hostAliases items', () => {
    expect(problems('environment:\n  tolerations:\n    - key: a\n      operater: Exists\n')).toContain(
      'error unknown-key @ environment.tolerations[0].operater',
    );
    expect(problems('environment:\n  hostAliases:\n    - ip: 10.0.0.1\n      hostNames: [a]\n')).toContain(
      'error unknown-key @ environment.hostAliases[0].hostNames',
    );
  });
  it('rejects pod-level security fields', () => {
    expect(problems('environment:\n  securityContext:\n    fsGroup: 2000\n')).toEqual([
      'error pod-only-security-field @ environment.securityContext.fsGroup',
    ]);
  });
});

describe('types', () => {
  it('wants lists for tolerations and hostAliases', () => {
    expect(problems('environment:\n  tolerations:\n    key: a\n    operator: Exists\n')).toEqual([
      'error not-a-list @ environment.tolerations',
    ]);
  });
  it('wants strings in imagePullSecrets', () => {
    expect(problems('environment:\n  imagePullSecrets:\n    - name: regcred\n')).toEqual([
      'error image-pull-secret-object @ environment.imagePullSecrets[0]',
    ]);
    expect(problems('environment:\n  imagePullSecrets: regcred\n')).toEqual([
      'error type-mismatch @ environment.imagePullSecrets',
    ]);
  });
  it('rejects wrong-case literals at the Polyaxon level', () => {
    const result = checkText('environment:\n  restartPolicy: never\n');
    expect(result.issues.map((i) => [i.code, i.severity, i.data?.['suggestion']])).toEqual([
      ['invalid-enum', 'error', 'Never'],
    ]);
  });
  it('rejects strings where Polyaxon wants a string-typed name but got a number', () => {
    expect(problems('environment:\n  nodeName: 12\n')).toEqual([
      'error type-mismatch @ environment.nodeName',
    ]);
  });
  it('reads priority leniently', () => {
    expect(
      problems('environment:\n  priority: "5"\n  priorityClassName: high\n').filter((p) =>
        p.includes('type'),
      ),
    ).toEqual([]);
    expect(problems('environment:\n  priority: 5.5\n')).toContain(
      'error type-mismatch @ environment.priority',
    );
    expect(problems('environment:\n  priority: true\n')).toContain(
      'warning coerced-value @ environment.priority',
    );
  });
  it('rejects an empty dnsConfig', () => {
    expect(problems('environment:\n  dnsConfig: {}\n')).toEqual([
      'error empty-rejected @ environment.dnsConfig',
    ]);
  });
  it('rejects a list where a mapping is expected', () => {
    expect(problems('environment:\n  labels:\n    - a\n')).toEqual([
      'error type-mismatch @ environment.labels',
    ]);
    expect(problems('environment: [a]\n')).toEqual(['error not-a-mapping @ environment']);
  });
  it('reports wrong nested types as Kubernetes errors', () => {
    const result = checkText(
      'environment:\n  tolerations:\n    - key: a\n      operator: Exists\n      effect: NoExecute\n      tolerationSeconds: "30"\n',
    );
    const issue = result.issues.find((i) => i.code === 'type-mismatch');
    expect(issue?.source).toBe('kubernetes');
  });
});

describe('labels, annotations and node selectors', () => {
  it('warns when a value is converted to a string', () => {
    expect(problems('environment:\n  labels:\n    tier: 1\n    gpu: true\n')).toEqual([
      'warning coerced-value @ environment.labels.tier',
      'warning coerced-value @ environment.labels.gpu',
    ]);
  });
  it('points out YAML 1.1 readings in values and keys', () => {
    const text =
      'environment:\n  labels:\n    enabled: yes\n    version: 1.10\n    mode: 0777\n    at: 12:30\n';
    expect(problems(text)).toEqual([
      'warning yaml11-bool @ environment.labels.enabled',
      'warning yaml11-number @ environment.labels.version',
      'warning yaml11-number @ environment.labels.mode',
      'warning yaml11-number @ environment.labels.at',
    ]);
    expect(problems('environment:\n  nodeSelector:\n    on: x\n')).toEqual([
      'error yaml11-bool @ environment.nodeSelector.on',
    ]);
  });
  it('rejects null values', () => {
    expect(problems('environment:\n  labels:\n    team:\n')).toEqual([
      'error null-value @ environment.labels.team',
    ]);
  });
  it('is strict in the cleaner node selector', () => {
    expect(problems('cleaner:\n  nodeSelector:\n    gpu: true\n')).toContainEqual(
      expect.stringMatching(/^error .* @ cleaner\.nodeSelector\.gpu$/),
    );
  });
});

describe('the YAML text', () => {
  it('reports syntax errors and tabs with positions', () => {
    const result = checkText('environment:\n\tnodeName: a\n');
    expect(result.issues[0]).toMatchObject({ code: 'yaml-tab-indent', severity: 'error' });
    const broken = checkText('environment:\n  labels: {a: b\n');
    expect(broken.issues.some((i) => i.code === 'yaml-syntax')).toBe(true);
  });
  it('warns about duplicate keys, pointing at the ignored one', () => {
    const result = checkText('environment:\n  nodeName: a\n  nodeName: b\n');
    expect(
      result.issues.filter((i) => i.severity !== 'info').map((i) => [i.code, i.severity, i.range.start.line]),
    ).toEqual([['yaml-duplicate-key', 'warning', 2]]);
    expect(result.sections[0]?.value).toEqual({ nodeName: 'b' });
  });
  it('says when there is nothing to check', () => {
    expect(codesAt('foo: bar\n')).toEqual(['nothing-to-check @ ']);
    expect(checkText('').issues).toEqual([]);
  });
  it('never throws on odd input', () => {
    for (const text of [
      '- - -',
      '{',
      ':',
      '&a [*a]',
      '!!binary x',
      '? [a]\n: b',
      '\u0000\u0001',
      'a: *nope',
    ]) {
      expect(() => checkText(text)).not.toThrow();
    }
  });
});

describe('normalized values', () => {
  it('returns the section as Polyaxon holds it', () => {
    const result = checkText(
      'environment:\n  node_selector: {gpu: true}\n  securityContext:\n    run_as_user: 1000\n  priority: "5"\n  nodeName: ~\n',
    );
    expect(result.sections[0]?.value).toEqual({
      nodeSelector: { gpu: 'true' },
      securityContext: { runAsUser: 1000 },
      priority: 5,
    });
  });
});

describe('Kubernetes manifests', () => {
  it('reads with kubectl YAML rules and judges pod-level fields strictly', () => {
    const text = source`
      apiVersion: v1
      kind: Pod
      metadata:
        name: p
        labels:
          app: web
      spec:
        nodeSelector:
          ssd: yes
        containers:
          - name: c
            image: nginx
        nodeSelecter: {}
    `;
    expect(problems(text)).toEqual([
      'error yaml11-bool @ spec.nodeSelector.ssd',
      'error unknown-field @ spec.nodeSelecter',
    ]);
  });
});
