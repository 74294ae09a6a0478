import { describe, expect, it } from 'vitest';
import { findings } from '../../testing/judge';
import { source } from '../../testing/source';

describe('a realistic training job', () => {
  it('with node affinity and pod anti-affinity gets no error or warning', () => {
    const text = source`
      version: 1.1
      kind: component
      name: train
      run:
        kind: job
        environment:
          labels:
            team: vision
          nodeSelector:
            node.kubernetes.io/instance-type: g5.2xlarge
          affinity:
            nodeAffinity:
              requiredDuringSchedulingIgnoredDuringExecution:
                nodeSelectorTerms:
                  - matchExpressions:
                      - key: topology.kubernetes.io/zone
                        operator: In
                        values: [us-east-1a, us-east-1b]
                      - key: nvidia.com/gpu.count
                        operator: Gt
                        values: ["0"]
              preferredDuringSchedulingIgnoredDuringExecution:
                - weight: 60
                  preference:
                    matchExpressions:
                      - key: karpenter.sh/capacity-type
                        operator: NotIn
                        values: [spot]
            podAntiAffinity:
              requiredDuringSchedulingIgnoredDuringExecution:
                - labelSelector:
                    matchLabels:
                      app.kubernetes.io/name: trainer
                  topologyKey: kubernetes.io/hostname
              preferredDuringSchedulingIgnoredDuringExecution:
                - weight: 25
                  podAffinityTerm:
                    labelSelector:
                      matchExpressions:
                        - {key: team, operator: In, values: [vision, nlp]}
                    namespaceSelector: {}
                    topologyKey: topology.kubernetes.io/zone
          tolerations:
            - key: nvidia.com/gpu
              operator: Exists
              effect: NoSchedule
        container:
          image: ghcr.io/example/train:2.3
    `;
    expect(findings(text).filter((f) => f.severity !== 'info')).toEqual([]);
  });
});
