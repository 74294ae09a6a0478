import { describe, expect, it } from 'vitest';
import { source } from '../../testing/source';
import { applyFix, offered } from '../testing';

describe('snake_case keys', () => {
  it('renames a top-level alias and keeps its value text', () => {
    const text = source`
      environment:
        node_selector:   # where to run
          disktype: ssd
        host_pid: false
    `;
    const fixed = applyFix(text, 'snake-case-key');
    expect(fixed).toMatchObject({ safe: true, titles: ['Rename to nodeSelector'], again: [] });
    expect(fixed.text).toBe(source`
      environment:
        nodeSelector:   # where to run
          disktype: ssd
        host_pid: false
    `);
  });
  it('renames the top level of a Kubernetes object and nested keys Kubernetes would drop', () => {
    const top = 'environment:\n  securityContext:\n    run_as_user: 1000\n';
    expect(applyFix(top, 'snake-case-key')).toMatchObject({
      text: 'environment:\n  securityContext:\n    runAsUser: 1000\n',
      again: [],
    });
    const nested = source`
      environment:
        affinity:
          nodeAffinity:
            required_during_scheduling_ignored_during_execution:
              nodeSelectorTerms: []
    `;
    const fixed = applyFix(nested, 'nested-snake-case');
    expect(fixed.text).toBe(
      nested.replace(
        'required_during_scheduling_ignored_during_execution',
        'requiredDuringSchedulingIgnoredDuringExecution',
      ),
    );
    expect(fixed.again).toEqual([]);
  });
});

describe('misspelled keys with one close match', () => {
  it('renames unknown Polyaxon keys', () => {
    const text = 'environment:\n  nodeselector: {a: b}\n  hostPid: true\n';
    const fixed = applyFix(text, 'unknown-key');
    expect(fixed).toMatchObject({
      safe: true,
      text: text.replace('nodeselector', 'nodeSelector'),
      again: [],
    });
    expect(applyFix(fixed.text, 'unknown-key').text).toBe(fixed.text.replace('hostPid', 'hostPID'));
  });
  it('renames keys in toleration items and nested Kubernetes keys', () => {
    expect(
      applyFix('environment:\n  tolerations:\n    - key: a\n      operater: Exists\n', 'unknown-key').text,
    ).toBe('environment:\n  tolerations:\n    - key: a\n      operator: Exists\n');
    const pruned =
      'environment:\n  affinity:\n    nodeAffinity:\n      preferredDuringSchedulingIgnoredDuringExecutoin: []\n';
    expect(applyFix(pruned, 'pruned-key')).toMatchObject({
      text: pruned.replace('Executoin', 'Execution'),
      again: [],
    });
  });
  it('does not rename onto a key that is already there', () => {
    const text = 'environment:\n  securityContext:\n    runAsUser: 1\n    runAsUsr: 2\n';
    expect(offered(text, 'unknown-key')).toEqual([]);
  });
});

describe('deprecated node labels in nodeSelector', () => {
  it('renames the key to its replacement', () => {
    const text = 'environment:\n  nodeSelector:\n    beta.kubernetes.io/arch: amd64\n';
    expect(applyFix(text, 'deprecated-node-label')).toMatchObject({
      safe: true,
      text: 'environment:\n  nodeSelector:\n    kubernetes.io/arch: amd64\n',
      again: [],
    });
  });
});

describe('a field under both its names', () => {
  it('offers to keep either one', () => {
    const text = 'environment:\n  node_selector: {a: b}\n  nodeSelector: {c: d}\n';
    expect(offered(text, 'duplicate-field')).toEqual([
      'suggestion: Keep node_selector (remove nodeSelector)',
      'suggestion: Keep nodeSelector (remove node_selector)',
    ]);
    const fixed = applyFix(text, 'duplicate-field', 'Keep nodeSelector (remove node_selector)');
    expect(fixed).toMatchObject({ text: 'environment:\n  nodeSelector: {c: d}\n', again: [] });
  });
});

describe('duplicate keys', () => {
  const text = source`
    environment:
      nodeName: a # first
      labels: {team: x}
      nodeName: b # second
  `;
  it('offers to keep the first or the last value', () => {
    expect(offered(text, 'yaml-duplicate-key')).toEqual([
      'suggestion: Keep nodeName from line 2',
      'suggestion: Keep nodeName from line 4',
    ]);
  });
  it('keeps the first', () => {
    const fixed = applyFix(text, 'yaml-duplicate-key', 'Keep nodeName from line 2');
    expect(fixed).toMatchObject({
      text: 'environment:\n  nodeName: a # first\n  labels: {team: x}\n',
      again: [],
    });
  });
  it('keeps the last, also in a flow mapping', () => {
    const fixed = applyFix(text, 'yaml-duplicate-key', 'Keep nodeName from line 4');
    expect(fixed).toMatchObject({
      text: 'environment:\n  labels: {team: x}\n  nodeName: b # second\n',
      again: [],
    });
    const flow = 'environment:\n  labels: {team: x, tier: a, team: y}\n';
    expect(applyFix(flow, 'yaml-duplicate-key', 'Keep team from line 2').text).toBe(
      'environment:\n  labels: {team: x, tier: a}\n',
    );
  });
});
