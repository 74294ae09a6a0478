import { describe, expect, it } from 'vitest';
import { runCheck } from './runCheck';

const DOCUMENTS = {
  environment: `labels: {team: ml, on: yes}
nodeSelector:
  gpu: true
tolerations:
  key: gpu
  effect: noschedule
affinity:
  nodeAffinity:
    requiredDuringSchedulingIgnoredDuringExecution:
      nodeSelectorTerms:
        - matchExpressions: [{key: zone, operator: In, values: [a, 1.10]}]
securityContext: {runAsUser: 0, privileged: true, capabilities: {add: [SYS_ADMIN]}}
dnsConfig: {}
priority: 12:30
when: 2024-01-01
`,
  polyaxonfile: `version: 1.1
kind: component
run:
  kind: job
  environment:
    nodeName: &n node-1
    schedulerName: *n
`,
  cleaner: `cleaner:\n  image: polyaxon/polyaxon-init\n  resources: {cpu: 1}\n`,
  manifest: `apiVersion: v1\nkind: Pod\nmetadata: {name: x}\nspec:\n  hostPID: true\n  containers: [{name: c}]\n`,
  broken: `labels:\n  a: [b\n`,
  multi: `nodeName: a\n---\nimage: x\n`,
};

describe('runCheck', () => {
  it('reads the section the form shows from the text it checked', () => {
    const text = DOCUMENTS.polyaxonfile;
    const form = { doc: 0, path: ['run', 'environment'], key: '0:run.environment' };
    const reply = runCheck({ seq: 1, text, kind: 'auto', policy: 'none', form });
    expect(reply.form).toEqual({
      key: '0:run.environment',
      snapshot: { status: 'ok', value: { nodeName: 'node-1', schedulerName: 'node-1' }, exists: true },
    });
    const broken = runCheck({ seq: 2, text: DOCUMENTS.broken, kind: 'auto', policy: 'none', form });
    expect(broken.form?.snapshot).toMatchObject({ status: 'syntax', message: expect.any(String) });
    expect(runCheck({ seq: 3, text, kind: 'auto', policy: 'none' }).form).toBeUndefined();
  });

  it.each(Object.entries(DOCUMENTS))('sends a %s result a worker can post unchanged', (_name, text) => {
    const reply = runCheck({ seq: 7, text, kind: 'auto', policy: 'restricted' });
    expect(reply.seq).toBe(7);
    expect(reply.text).toBe(text);
    expect(reply.result.issues.length + reply.result.sections.length).toBeGreaterThan(0);
    // What postMessage does to it: plain data only (no functions or class instances).
    expect(structuredClone(reply)).toStrictEqual(reply);
  });

  it('names the codes the core can fix', () => {
    const { fixable, result } = runCheck({
      seq: 1,
      text: DOCUMENTS.environment,
      kind: 'auto',
      policy: 'none',
    });
    expect(fixable).toEqual(expect.arrayContaining(['invalid-enum', 'not-a-list']));
    const codes = result.issues.map((issue) => issue.code);
    expect(codes.filter((code) => fixable.includes(code))).toContain('not-a-list');
  });
});
