import { describe, expect, it } from 'vitest';
import { parseSource } from '../yaml/source';
import { formatPath } from '../path/path';
import { source } from '../testing/source';
import { detectDocument, type KindChoice } from './detect';

function detect(text: string, choice: KindChoice = 'auto') {
  const file = parseSource(text);
  return file.docs.map((doc, i) => {
    const d = detectDocument(doc, i, choice);
    return {
      format: d.format,
      sections: d.sections.map((s) => `${s.kind}@${formatPath(s.path)}${s.runKind ? `:${s.runKind}` : ''}`),
      misplaced: d.misplaced.map((m) => formatPath(m.path)),
    };
  });
}

describe('detectDocument', () => {
  it('recognises a bare environment by its keys, even with snake_case and typos', () => {
    expect(detect('nodeSelector:\n  a: b\nrestartPolicy: Never\n')[0]?.sections).toEqual(['environment@']);
    expect(detect('node_selector: {a: b}\nservice_account_name: x\n')[0]?.sections).toEqual(['environment@']);
    expect(detect('tolerations: []\nhostPid: true\n')[0]?.sections).toEqual(['environment@']);
  });

  it('recognises a bare cleaner by its own keys', () => {
    expect(
      detect('image: polyaxon/polyaxon-init\nimageTag: v1\nnodeSelector: {a: b}\n')[0]?.sections,
    ).toEqual(['cleaner@']);
  });

  it('lets --kind decide a bare mapping', () => {
    expect(detect('nodeSelector: {a: b}\n', 'cleaner')[0]?.sections).toEqual(['cleaner@']);
  });

  it('finds wrappers', () => {
    expect(detect('environment:\n  nodeName: n1\n')[0]).toMatchObject({
      format: 'wrapper',
      sections: ['environment@environment'],
    });
    expect(detect('cleaner:\n  image: x\n')[0]?.sections).toEqual(['cleaner@cleaner']);
  });

  it('finds the cleaner in Helm values', () => {
    const d = detect('rbac:\n  enabled: true\ncleaner:\n  imageTag: v2\ningress:\n  enabled: false\n')[0];
    expect(d).toMatchObject({ format: 'helm', sections: ['cleaner@cleaner'] });
  });

  it('finds run, replica, runPatch and DAG environments in Polyaxon files', () => {
    const text = source`
      version: 1.1
      kind: component
      run:
        kind: tfjob
        environment:
          nodeName: a
        chief:
          replicas: 1
          environment:
            nodeName: b
        worker:
          replicas: 2
          environment:
            nodeName: c
    `;
    expect(detect(text)[0]?.sections).toEqual([
      'environment@run.environment:tfjob',
      'environment@run.chief.environment:tfjob',
      'environment@run.worker.environment:tfjob',
    ]);
    const op = source`
      kind: operation
      hubRef: tensorboard
      runPatch:
        environment:
          nodeSelector: {a: b}
    `;
    expect(detect(op)[0]?.sections).toEqual(['environment@runPatch.environment']);
    const dag = source`
      kind: component
      run:
        kind: dag
        operations:
          - name: train
            component:
              run:
                kind: job
                environment:
                  restartPolicy: Never
    `;
    expect(detect(dag)[0]?.sections).toEqual(['environment@run.operations[0].component.run.environment:job']);
  });

  it('reports environments placed where Polyaxon rejects them', () => {
    const text = source`
      kind: component
      environment:
        nodeName: a
      run:
        kind: job
        container:
          image: x
          environment:
            nodeName: b
    `;
    expect(detect(text)[0]?.misplaced).toEqual(['environment', 'run.container.environment']);
  });

  it('finds the pod spec of workload manifests', () => {
    const deployment = source`
      apiVersion: apps/v1
      kind: Deployment
      metadata: {name: web}
      spec:
        template:
          spec:
            nodeName: n1
    `;
    expect(detect(deployment)[0]).toMatchObject({
      format: 'manifest',
      sections: ['podSpec@spec.template.spec:Deployment'],
    });
    const cron =
      'apiVersion: batch/v1\nkind: CronJob\nspec:\n  jobTemplate:\n    spec:\n      template:\n        spec: {}\n';
    expect(detect(cron)[0]?.sections).toEqual(['podSpec@spec.jobTemplate.spec.template.spec:CronJob']);
  });

  it('handles several documents, empty ones and non-mappings', () => {
    const d = detect('environment: {nodeName: a}\n---\n---\n- a\n---\nfoo: bar\n');
    expect(d.map((x) => x.format)).toEqual(['wrapper', 'empty', 'unknown', 'unknown']);
  });
});
