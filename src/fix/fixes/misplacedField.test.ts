import { describe, expect, it } from 'vitest';
import { source } from '../../testing/source';
import { fixAll } from '../fixAll';
import { applyFix, offered } from '../testing';

describe('a field of a preferred affinity term written one level off', () => {
  it('moves topologyKey into podAffinityTerm, its comment along', () => {
    const text = source`
      environment:
        affinity:
          podAntiAffinity:
            preferredDuringSchedulingIgnoredDuringExecution:
              - weight: 100
                # one per node
                topologyKey: kubernetes.io/hostname  # not here
                podAffinityTerm:
                  labelSelector:
                    matchLabels: {app: es}
    `;
    const fixed = applyFix(text, 'pruned-key');
    expect(fixed).toMatchObject({ safe: true, titles: ['Move topologyKey into podAffinityTerm'], again: [] });
    expect(fixed.text).toBe(source`
      environment:
        affinity:
          podAntiAffinity:
            preferredDuringSchedulingIgnoredDuringExecution:
              - weight: 100
                podAffinityTerm:
                  labelSelector:
                    matchLabels: {app: es}
                  # one per node
                  topologyKey: kubernetes.io/hostname  # not here
    `);
  });

  it('moves matchExpressions into preference, and weight up out of it, in a manifest too', () => {
    const node = source`
      environment:
        affinity:
          nodeAffinity:
            preferredDuringSchedulingIgnoredDuringExecution:
              - preference:
                  weight: 10
                matchExpressions:
                  - {key: disk, operator: In, values: [ssd]}
    `;
    expect(offered(node, 'pruned-key')).toEqual(['safe: Move weight up to the term']);
    expect(fixAll(node).text).toBe(source`
      environment:
        affinity:
          nodeAffinity:
            preferredDuringSchedulingIgnoredDuringExecution:
              - preference:
                  matchExpressions:
                    - {key: disk, operator: In, values: [ssd]}
                weight: 10
    `);
    const pod = source`
      apiVersion: v1
      kind: Pod
      metadata: {name: p}
      spec:
        containers: [{name: c, image: x}]
        affinity:
          podAffinity:
            preferredDuringSchedulingIgnoredDuringExecution:
              - podAffinityTerm:
                  weight: 5
                  topologyKey: topology.kubernetes.io/zone
                  labelSelector: {matchLabels: {app: cache}}
    `;
    expect(applyFix(pod, 'unknown-field')).toMatchObject({
      titles: ['Move weight up to the term'],
      text: source`
        apiVersion: v1
        kind: Pod
        metadata: {name: p}
        spec:
          containers: [{name: c, image: x}]
          affinity:
            podAffinity:
              preferredDuringSchedulingIgnoredDuringExecution:
                - podAffinityTerm:
                    topologyKey: topology.kubernetes.io/zone
                    labelSelector: {matchLabels: {app: cache}}
                  weight: 5
      `,
      again: [],
    });
  });

  it('leaves a required term, another key and a field already there alone', () => {
    const required = source`
      environment:
        affinity:
          podAntiAffinity:
            requiredDuringSchedulingIgnoredDuringExecution:
              - weight: 100
                topologyKey: kubernetes.io/hostname
    `;
    expect(offered(required, 'pruned-key')).toEqual([]);
    const both = source`
      environment:
        affinity:
          podAntiAffinity:
            preferredDuringSchedulingIgnoredDuringExecution:
              - weight: 100
                topologyKey: kubernetes.io/hostname
                podAffinityTerm:
                  topologyKey: topology.kubernetes.io/zone
                  labelSelector: {matchLabels: {app: es}}
    `;
    expect(offered(both, 'pruned-key')).toEqual([]);
  });
});
