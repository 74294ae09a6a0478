import { describe, expect, it } from 'vitest';
import { checkText } from '../judge/check';
import { source } from '../testing/source';
import { fixAll } from './fixAll';
import { fixesFor } from './fixesFor';

const BROKEN: readonly string[] = [
  source`
    # a run with the usual paste mistakes
    kind: component
    environment:            # at the wrong level
      node_selector:
        on: yes
        tier: 1
      tolerations:
        key: nvidia.com/gpu
        operator: exists
        value: "x"
        effect: noschedule
      imagePullSecrets:
        - name: regcred
      restartPolicy: never
      dnsConfig: {}
      hostPID: false
    run:
      kind: job
      container: {image: x}   # keep this comment
  `,
  source`
    cleaner:
      image: repo/img:1.10  # pinned
      imagePullPolicy: ifnotpresent
      resources:
        cpu: 50m
        memory: 64mi
      node_selector: {gpu: yes}
  `,
  'environment:\n\ttolerations:\n\t\tkey: a\n\t\toperator: Exists\n\tlabels:\n\t\tversion: 1.10\n',
  'environment:\n  securityContext:\n    run_as_user: 1000\n    runAsUsr: 2\n  hostAliases: {ip: 10.0.0.1, hostnames: foo.local}\n',
];

function commentLines(text: string): string[] {
  return text.split('\n').filter((l) => l.trim().startsWith('#'));
}

describe('fixAll', () => {
  it.each(BROKEN.map((t, i) => [i, t] as const))('leaves no issue a safe fix covers (#%i)', (_i, text) => {
    const result = fixAll(text);
    for (const issue of result.remaining)
      expect(fixesFor(result.text, issue, { safeOnly: true })).toEqual([]);
    expect(result.remaining.filter((i) => i.severity === 'error').map((i) => i.code)).toEqual(
      result.remaining
        .filter((i) => i.severity === 'error' && fixesFor(result.text, i).length === 0)
        .map((i) => i.code),
    );
    expect(result.remaining).toEqual(checkText(result.text).issues);
    expect(commentLines(result.text)).toEqual(commentLines(text));
  });

  it.each(BROKEN.map((t, i) => [i, t] as const))('is idempotent (#%i)', (_i, text) => {
    const once = fixAll(text);
    const twice = fixAll(once.text);
    expect(twice.text).toBe(once.text);
    expect(twice.applied).toEqual([]);
  });

  it('repairs the usual paste mistakes in one go', () => {
    const result = fixAll(BROKEN[0] ?? '');
    expect(result.text).toBe(source`
      # a run with the usual paste mistakes
      kind: component
      run:
        kind: job
        container: {image: x}   # keep this comment
        environment:            # at the wrong level
          nodeSelector:
            "on": "yes"
            tier: "1"
          tolerations:
            - key: nvidia.com/gpu
              operator: Exists
              effect: NoSchedule
          imagePullSecrets:
            - regcred
          restartPolicy: Never
    `);
    expect(result.remaining.filter((i) => i.severity !== 'info')).toEqual([]);
  });

  it('reports what it fixed at positions of the original text', () => {
    const text = 'environment:\n  dnsConfig: {}\n  labels:\n    on: x\n  restartPolicy: never\n';
    const result = fixAll(text);
    expect(result.applied.map((i) => `${i.range.start.line}:${i.range.start.col} ${i.code}`)).toEqual([
      '2:3 empty-rejected',
      '4:5 yaml11-bool',
      '5:18 invalid-enum',
    ]);
    expect(result.text).toBe('environment:\n  labels:\n    "on": x\n  restartPolicy: Never\n');
  });

  it('reports a fix inside a moved entry where that entry was written', () => {
    const text = 'kind: component\nenvironment:\n  node_selector:\n    a: b\nrun:\n  kind: job\n';
    const result = fixAll(text);
    expect(result.text).toBe(
      'kind: component\nrun:\n  kind: job\n  environment:\n    nodeSelector:\n      a: b\n',
    );
    expect(result.applied.map((i) => `${i.range.start.line}:${i.range.start.col} ${i.code}`)).toEqual([
      '2:1 environment-misplaced',
      '3:3 snake-case-key',
    ]);
  });

  it('applies only the codes asked for', () => {
    const text = 'environment:\n  restartPolicy: never\n  labels:\n    on: x\n';
    const result = fixAll(text, {}, { only: ['yaml11-bool'] });
    expect(result.text).toBe('environment:\n  restartPolicy: never\n  labels:\n    "on": x\n');
    expect(result.applied.map((i) => i.code)).toEqual(['yaml11-bool']);
    expect(result.remaining.map((i) => i.code)).toEqual(['invalid-enum']);
  });

  it('does not apply two fixes that clash (two renames to one key)', () => {
    const text = 'environment:\n  securityContext:\n    run_as_user: 1\n    runAsUsr: 2\n';
    const result = fixAll(text);
    expect(result.text).toBe('environment:\n  securityContext:\n    runAsUser: 1\n    runAsUsr: 2\n');
    expect(result.remaining.map((i) => i.code)).toContain('unknown-key');
  });

  it('leaves suggestions and clean files alone, and never throws', () => {
    const dup = 'environment:\n  nodeName: a\n  nodeName: b\n';
    expect(fixAll(dup).text).toBe(dup);
    expect(fixAll('environment:\n  nodeName: a\n').applied).toEqual([]);
    for (const odd of ['', '- - -', '{', ':', '&a [*a]', 'a: *nope', 'environment: "{{ env }}"', '\t\t']) {
      expect(() => fixAll(odd)).not.toThrow();
    }
  });
});
