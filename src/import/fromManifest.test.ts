import { describe, expect, it } from 'vitest';
import { checkText } from '../judge/check';
import { source } from '../testing/source';
import { importManifest } from './fromManifest';

const DEPLOYMENT = source`
  apiVersion: apps/v1
  kind: Deployment
  metadata:
    name: trainer
  spec:
    replicas: 2
    selector:
      matchLabels: {app: trainer}
    template:
      metadata:
        labels: {app: trainer}
        annotations: {example.com/cost-centre: ml}
      spec:
        serviceAccountName: trainer
        nodeSelector: {cloud.google.com/gke-accelerator: nvidia-l4}
        tolerations:
          - {key: nvidia.com/gpu, operator: Exists, effect: NoSchedule}
        imagePullSecrets:
          - name: registry
        securityContext:
          runAsUser: 1000
          fsGroup: 2000
        containers:
          - name: main
            image: trainer:1
            securityContext: {allowPrivilegeEscalation: false}
        volumes:
          - name: data
            emptyDir: {}
`;

describe('importManifest', () => {
  it('carries the pod-level fields over and lists what the environment cannot hold', () => {
    const result = importManifest(DEPLOYMENT);
    if (!result.ok) throw new Error(result.error);
    expect(result.environment).toEqual({
      labels: { app: 'trainer' },
      annotations: { 'example.com/cost-centre': 'ml' },
      serviceAccountName: 'trainer',
      nodeSelector: { 'cloud.google.com/gke-accelerator': 'nvidia-l4' },
      tolerations: [{ key: 'nvidia.com/gpu', operator: 'Exists', effect: 'NoSchedule' }],
      imagePullSecrets: ['registry'],
      securityContext: { runAsUser: 1000 },
    });
    expect(result.leftOut.map((l) => l.path)).toEqual([
      'spec.template.spec.securityContext.fsGroup',
      'spec.template.spec.containers',
      'spec.template.spec.volumes',
      'spec.template.spec.containers[0].securityContext',
    ]);
    expect(result.description).toContain('Deployment');
  });
  it('writes an environment that the checker accepts', () => {
    const result = importManifest(DEPLOYMENT);
    if (!result.ok) throw new Error(result.error);
    const problems = checkText(result.yaml).issues.filter((i) => i.severity !== 'info');
    expect(problems).toEqual([]);
    expect(result.yaml.startsWith('environment:\n  labels:\n    app: trainer\n')).toBe(true);
  });
  it('reads the pod template of a CronJob and a bare Pod', () => {
    const cron = source`
      apiVersion: batch/v1
      kind: CronJob
      metadata: {name: nightly}
      spec:
        schedule: "0 2 * * *"
        jobTemplate:
          spec:
            template:
              spec:
                restartPolicy: OnFailure
                containers: [{name: c, image: x}]
    `;
    const r = importManifest(cron);
    expect(r.ok && r.environment).toEqual({ restartPolicy: 'OnFailure' });
    const pod =
      'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  hostNetwork: true\n  containers: []\n';
    const p = importManifest(pod);
    expect(p.ok && p.environment).toEqual({ hostNetwork: true });
  });
  it('explains what it cannot import', () => {
    expect(importManifest('environment:\n  nodeName: a\n')).toMatchObject({ ok: false });
    expect(importManifest('kind: Deployment\napiVersion: apps/v1\nspec: {a: [\n')).toMatchObject({
      ok: false,
    });
  });
});
