import { describe, expect, it } from 'vitest';
import { WALK_CODES } from '../../judge/codes';
import { findings } from '../../testing/judge';
import { source } from '../../testing/source';
import { SCHEDULING_CODES } from './codes';

/** This area's errors and warnings and the walker's, as `severity code @ path`. */
function problems(text: string): string[] {
  return findings(text)
    .filter((f) => f.severity !== 'info')
    .filter((f) => f.code in SCHEDULING_CODES || f.code in WALK_CODES)
    .map((f) => `${f.severity} ${f.code} @ ${f.path}`);
}

/** A one-toleration environment. */
function env(toleration: string): string {
  return `environment:\n  tolerations:\n    - ${toleration}\n`;
}

describe('tolerations', () => {
  it('accepts the usual forms', () => {
    const text = source`
      environment:
        tolerations:
          - key: nvidia.com/gpu
            operator: Exists
            effect: NoSchedule
          - key: dedicated
            operator: Equal
            value: gpu
            effect: NoExecute
            tolerationSeconds: 300
          - key: spot
            value: ""
    `;
    expect(problems(text)).toEqual([]);
  });
  it('wants an empty value with operator Exists', () => {
    expect(problems(env('{key: gpu, operator: Exists, value: "yes"}'))).toEqual([
      'error toleration-exists-with-value @ environment.tolerations[0].value',
    ]);
  });
  it('wants operator Exists when the key is empty', () => {
    expect(problems(env('{operator: Equal, value: x}'))).toEqual([
      'error toleration-empty-key-needs-exists @ environment.tolerations[0].operator',
    ]);
    expect(problems(env('{key: "", effect: NoSchedule}'))).toEqual([
      'error toleration-empty-key-needs-exists @ environment.tolerations[0].operator',
    ]);
  });
  it('does not pile up on an operator the walker already rejected', () => {
    expect(problems(env('{operator: exists}'))).toEqual([
      'error invalid-enum @ environment.tolerations[0].operator',
    ]);
  });
  it('checks the key and the value formats', () => {
    expect(problems(env('{key: "bad key", operator: Exists}'))).toEqual([
      'error toleration-key-invalid @ environment.tolerations[0].key',
    ]);
    expect(problems(env('{key: team, value: "a b"}'))).toEqual([
      'error toleration-value-invalid @ environment.tolerations[0].value',
    ]);
  });
  it('wants effect NoExecute with tolerationSeconds', () => {
    expect(problems(env('{key: a, operator: Exists, effect: NoSchedule, tolerationSeconds: 60}'))).toEqual([
      'error toleration-seconds-needs-no-execute @ environment.tolerations[0].tolerationSeconds',
    ]);
    expect(problems(env('{key: a, operator: Exists, tolerationSeconds: 60}'))).toEqual([
      'error toleration-seconds-needs-no-execute @ environment.tolerations[0].tolerationSeconds',
    ]);
  });
  it('warns that zero or negative seconds evict at once', () => {
    expect(problems(env('{key: a, operator: Exists, effect: NoExecute, tolerationSeconds: 0}'))).toEqual([
      'warning toleration-seconds-not-positive @ environment.tolerations[0].tolerationSeconds',
    ]);
  });
  it('notes a toleration that tolerates everything', () => {
    expect(findings(env('{operator: Exists}'))).toContainEqual({
      code: 'toleration-matches-all',
      path: 'environment.tolerations[0]',
      severity: 'info',
    });
    expect(findings(env('{operator: Exists, effect: NoSchedule}')).map((f) => f.code)).not.toContain(
      'toleration-matches-all',
    );
  });
  it('checks the cleaner and snake_case item keys too', () => {
    expect(problems('cleaner:\n  tolerations:\n    - {key: "x y", operator: Exists}\n')).toEqual([
      'error toleration-key-invalid @ cleaner.tolerations[0].key',
    ]);
    expect(problems(env('{key: a, operator: Exists, effect: NoSchedule, toleration_seconds: 5}'))).toEqual([
      'error toleration-seconds-needs-no-execute @ environment.tolerations[0].toleration_seconds',
    ]);
  });
  it('checks the tolerations of a Deployment', () => {
    const text = source`
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: trainer
      spec:
        selector:
          matchLabels: {app: trainer}
        template:
          metadata:
            labels: {app: trainer}
          spec:
            containers:
              - name: main
                image: busybox
            tolerations:
              - key: nvidia.com/gpu
                operator: Exists
                value: present
              - key: nvidia.com/gpu
                operator: Exists
                effect: NoSchedule
    `;
    expect(problems(text)).toEqual([
      'error toleration-exists-with-value @ spec.template.spec.tolerations[0].value',
    ]);
  });
});
