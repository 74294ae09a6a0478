import { describe, expect, it } from 'vitest';
import { findings } from '../../testing/judge';
import { source } from '../../testing/source';

describe('a realistic valid environment', () => {
  it('gets no error and no warning from any check', () => {
    const text = source`
      version: 1.1
      kind: component
      name: train
      run:
        kind: job
        environment:
          labels:
            team: vision
            example.com/cost-center: "4711"
          annotations:
            example.com/owner: Jane Doe <jane@example.com>
          nodeSelector:
            kubernetes.io/arch: amd64
            node.kubernetes.io/instance-type: g5.xlarge
          tolerations:
            - key: nvidia.com/gpu
              operator: Exists
              effect: NoSchedule
            - key: node.kubernetes.io/not-ready
              operator: Exists
              effect: NoExecute
              tolerationSeconds: 120
          serviceAccountName: trainer
          hostAliases:
            - ip: "10.1.2.3"
              hostnames: [minio.internal, mlflow.internal]
          imagePullSecrets: [regcred]
          dnsPolicy: ClusterFirst
          dnsConfig:
            searches: [team.svc.cluster.local]
            options:
              - name: ndots
                value: "2"
          schedulerName: default-scheduler
          priorityClassName: batch-low
          restartPolicy: OnFailure
        container:
          image: python:3.12
          command: [python, train.py]
    `;
    expect(findings(text).filter((f) => f.severity !== 'info')).toEqual([]);
  });
});
