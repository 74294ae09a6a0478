import { describe, expect, it } from 'vitest';
import { codesAt } from '../testing/judge';
import { source } from '../testing/source';

/** Kubernetes defaults an empty dnsPolicy or restartPolicy and reads "" as Equal or "every effect" in tolerations. */
describe('empty enum values Kubernetes accepts', () => {
  it('accepts "" for dnsPolicy and toleration operator and effect in an environment', () => {
    const text = source`
      environment:
        dnsPolicy: ""
        tolerations:
          - {key: spot, operator: "", value: "yes-please", effect: ""}
    `;
    expect(codesAt(text)).toEqual([]);
  });
  it('accepts "" for restartPolicy and dnsPolicy in a Pod manifest', () => {
    const text = source`
      apiVersion: v1
      kind: Pod
      metadata: {name: probe}
      spec:
        restartPolicy: ""
        dnsPolicy: ""
        containers: [{name: main, image: busybox}]
    `;
    expect(codesAt(text)).toEqual([]);
  });
  it('still rejects "" where Kubernetes has no default, and wrong case everywhere', () => {
    const text = source`
      environment:
        dnsPolicy: default
        affinity:
          nodeAffinity:
            requiredDuringSchedulingIgnoredDuringExecution:
              nodeSelectorTerms:
                - matchExpressions: [{key: disk, operator: ""}]
    `;
    expect(codesAt(text)).toEqual([
      'invalid-enum @ environment.dnsPolicy',
      'invalid-enum @ environment.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[0].operator',
    ]);
  });
  it('keeps the Polyaxon literal check: restartPolicy "" is rejected in an environment', () => {
    expect(codesAt('environment:\n  restartPolicy: ""\n')).toEqual([
      'invalid-enum @ environment.restartPolicy',
    ]);
  });
});
