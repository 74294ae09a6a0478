import { describe, expect, it } from 'vitest';
import { checkText } from '../../judge/check';
import { source } from '../../testing/source';
import { summarizeScheduling } from './summary';

describe('summarizeScheduling', () => {
  it('describes nodeSelector, node affinity, pod anti-affinity and tolerations', () => {
    const text = source`
      environment:
        nodeSelector: {disktype: ssd}
        affinity:
          nodeAffinity:
            requiredDuringSchedulingIgnoredDuringExecution:
              nodeSelectorTerms:
                - matchExpressions:
                    - {key: topology.kubernetes.io/zone, operator: In, values: [a, b]}
            preferredDuringSchedulingIgnoredDuringExecution:
              - weight: 80
                preference:
                  matchExpressions: [{key: nvidia.com/gpu.present, operator: Exists}]
          podAntiAffinity:
            requiredDuringSchedulingIgnoredDuringExecution:
              - labelSelector: {matchLabels: {app: trainer}}
                topologyKey: kubernetes.io/hostname
        tolerations:
          - {key: nvidia.com/gpu, operator: Exists, effect: NoSchedule}
    `;
    const value = checkText(text).sections[0]?.value;
    expect(summarizeScheduling(value)).toEqual([
      'must run on nodes with disktype=ssd',
      'must run on nodes in zone a or b',
      'prefers (weight 80) nodes with a nvidia.com/gpu.present label',
      'avoids nodes that already run pods with app=trainer (per kubernetes.io/hostname)',
      'tolerates nvidia.com/gpu:NoSchedule',
    ]);
  });
  it('joins expressions with "and" and terms with "or"', () => {
    const value = {
      affinity: {
        nodeAffinity: {
          requiredDuringSchedulingIgnoredDuringExecution: {
            nodeSelectorTerms: [
              {
                matchExpressions: [
                  { key: 'kubernetes.io/arch', operator: 'In', values: ['amd64'] },
                  { key: 'spot', operator: 'DoesNotExist' },
                ],
              },
              { matchFields: [{ key: 'metadata.name', operator: 'In', values: ['node-7'] }] },
            ],
          },
        },
      },
    };
    expect(summarizeScheduling(value)).toEqual([
      'must run on nodes with kubernetes.io/arch=amd64 and without a spot label, or on nodes named node-7',
    ]);
  });
  it('describes pod affinity, preferred anti-affinity and namespaces', () => {
    const value = {
      affinity: {
        podAffinity: {
          preferredDuringSchedulingIgnoredDuringExecution: [
            {
              weight: 50,
              podAffinityTerm: {
                labelSelector: {
                  matchExpressions: [{ key: 'app', operator: 'In', values: ['db', 'cache'] }],
                },
                namespaces: ['data'],
                topologyKey: 'topology.kubernetes.io/zone',
              },
            },
          ],
        },
        podAntiAffinity: {
          preferredDuringSchedulingIgnoredDuringExecution: [
            {
              weight: 10,
              podAffinityTerm: {
                labelSelector: {},
                namespaceSelector: {},
                topologyKey: 'kubernetes.io/hostname',
              },
            },
          ],
        },
      },
    };
    expect(summarizeScheduling(value)).toEqual([
      'prefers (weight 50) nodes that already run pods with app db or cache in namespace data (per topology.kubernetes.io/zone)',
      'prefers (weight 10) to avoid nodes that already run any pods in any namespace (per kubernetes.io/hostname)',
    ]);
  });
  it('says when required terms can match no node', () => {
    const value = {
      affinity: {
        nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{}] } },
      },
    };
    expect(summarizeScheduling(value)).toEqual([
      'cannot run on any node: every required node selector term is empty',
    ]);
  });
  it('describes every kind of toleration', () => {
    const value = {
      tolerations: [
        { operator: 'Exists' },
        { key: 'dedicated', operator: 'Equal', value: 'gpu', effect: 'NoExecute', tolerationSeconds: 300 },
        { key: 'spot', operator: 'Exists' },
      ],
    };
    expect(summarizeScheduling(value)).toEqual([
      'tolerates every taint',
      'tolerates dedicated=gpu:NoExecute for 300s',
      'tolerates spot (any effect)',
    ]);
  });
  it('returns nothing for values it cannot read', () => {
    expect(summarizeScheduling(null)).toEqual([]);
    expect(summarizeScheduling('{{ env }}')).toEqual([]);
    expect(summarizeScheduling({ affinity: 'x', tolerations: {} })).toEqual([]);
  });
});
