import { describe, expect, it } from 'vitest';
import { source } from '../../testing/source';
import { applyFix, offered } from '../testing';

describe('tolerations', () => {
  it('removes the value of an Exists toleration', () => {
    const text = source`
      environment:
        tolerations:
          - key: gpu
            operator: Exists
            value: "true"   # not needed
            effect: NoSchedule
    `;
    const fixed = applyFix(text, 'toleration-exists-with-value');
    expect(fixed).toMatchObject({ safe: true, titles: ['Remove value'], again: [] });
    expect(fixed.text).toBe(source`
      environment:
        tolerations:
          - key: gpu
            operator: Exists
            effect: NoSchedule
    `);
  });
  it('offers to drop tolerationSeconds or to make the effect NoExecute', () => {
    const text =
      'environment:\n  tolerations:\n    - {key: a, operator: Exists, effect: NoSchedule, tolerationSeconds: 60}\n';
    expect(offered(text, 'toleration-seconds-needs-no-execute')).toEqual([
      'suggestion: Remove tolerationSeconds',
      'suggestion: Change effect to NoExecute',
    ]);
    expect(applyFix(text, 'toleration-seconds-needs-no-execute', 'Change effect to NoExecute')).toMatchObject(
      {
        text: text.replace('NoSchedule', 'NoExecute'),
        again: [],
      },
    );
    expect(applyFix(text, 'toleration-seconds-needs-no-execute', 'Remove tolerationSeconds').text).toBe(
      'environment:\n  tolerations:\n    - {key: a, operator: Exists, effect: NoSchedule}\n',
    );
  });
  it('makes a toleration without a key use Exists', () => {
    const text = 'environment:\n  tolerations:\n    - operator: Equal\n      value: x\n';
    expect(applyFix(text, 'toleration-empty-key-needs-exists')).toMatchObject({
      safe: false,
      text: 'environment:\n  tolerations:\n    - operator: Exists\n',
      again: [],
    });
  });
});

describe('priority', () => {
  it('removes priority safely when priorityClassName decides it', () => {
    const text = 'environment:\n  priorityClassName: high\n  priority: 1000\n';
    expect(applyFix(text, 'priority-set')).toMatchObject({
      safe: true,
      titles: ['Remove priority (high decides it)'],
      text: 'environment:\n  priorityClassName: high\n',
      again: [],
    });
  });
  it('only suggests it without a priorityClassName, which the user must still name', () => {
    expect(offered('environment:\n  priority: 5\n', 'priority-set')).toEqual(['suggestion: Remove priority']);
  });
});

describe('host settings', () => {
  it('removes hostPID: false safely and only suggests removing hostPID: true', () => {
    expect(
      applyFix('environment:\n  hostPID: false\n  nodeName: a\n', 'host-pid-sent-as-string'),
    ).toMatchObject({
      safe: true,
      text: 'environment:\n  nodeName: a\n',
      again: [],
    });
    expect(offered('environment:\n  hostPID: true\n', 'host-pid-sent-as-string')).toEqual([
      'suggestion: Remove hostPID',
    ]);
  });
  it('offers hostNetwork for Windows host-process containers', () => {
    const text = 'environment:\n  securityContext:\n    windowsOptions: {hostProcess: true}\n';
    expect(applyFix(text, 'host-process-needs-host-network', 'Set hostNetwork: true')).toMatchObject({
      text: `${text}  hostNetwork: true\n`,
      again: [],
    });
  });
});

describe('entries that are rejected or do nothing', () => {
  it('removes an empty dnsConfig', () => {
    const text = 'environment:\n  dnsConfig: {}  # later\n  dnsPolicy: ClusterFirst\n';
    expect(applyFix(text, 'empty-rejected')).toMatchObject({
      safe: true,
      text: 'environment:\n  dnsPolicy: ClusterFirst\n',
      again: [],
    });
  });
  it('removes labels that Polyaxon overwrites', () => {
    const text = 'environment:\n  labels:\n    app.kubernetes.io/name: x\n    team: a\n';
    expect(applyFix(text, 'polyaxon-owned-label')).toMatchObject({
      safe: true,
      text: 'environment:\n  labels:\n    team: a\n',
      again: [],
    });
  });
  it('removes values of an Exists selector expression', () => {
    const text = source`
      environment:
        affinity:
          nodeAffinity:
            requiredDuringSchedulingIgnoredDuringExecution:
              nodeSelectorTerms:
                - matchExpressions:
                    - {key: gpu, operator: Exists, values: [a]}
    `;
    const fixed = applyFix(text, 'selector-values-forbidden');
    expect(fixed).toMatchObject({ safe: true, again: [] });
    expect(fixed.text).toBe(text.replace(', values: [a]', ''));
  });
  it('offers to remove a pod-level security field or to set an empty label value', () => {
    expect(
      offered('environment:\n  securityContext:\n    fsGroup: 2000\n', 'pod-only-security-field'),
    ).toEqual(['suggestion: Remove fsGroup']);
    const text = 'environment:\n  labels:\n    team:\n';
    expect(offered(text, 'null-value')).toEqual(['suggestion: Set to ""', 'suggestion: Remove team']);
    expect(applyFix(text, 'null-value', 'Set to ""')).toMatchObject({
      text: 'environment:\n  labels:\n    team: ""\n',
      again: [],
    });
  });
  it('offers to remove localhostProfile or to make the type Localhost', () => {
    const text =
      'environment:\n  securityContext:\n    seccompProfile: {type: RuntimeDefault, localhostProfile: a.json}\n';
    expect(applyFix(text, 'seccomp-localhost-profile-forbidden', 'Change type to Localhost')).toMatchObject({
      text: text.replace('RuntimeDefault', 'Localhost'),
      again: [],
    });
  });
});
