import { describe, expect, it } from 'vitest';
import { checkText } from '../../judge/check';
import { WALK_CODES } from '../../judge/codes';
import { findings } from '../../testing/judge';
import { source } from '../../testing/source';
import { SCHEDULING_CODES } from './codes';

/** This area's errors and warnings and the walker's, as `severity code @ path`. */
function problems(text: string): string[] {
  return findings(text)
    .filter((f) => f.severity !== 'info')
    .filter((f) => f.code in SCHEDULING_CODES || f.code in WALK_CODES)
    .map((f) => `${f.severity} ${f.code} @ ${f.path}`);
}

/** A Polyaxon component whose run has the given kind and environment lines. */
function component(kind: string, environment: string): string {
  return `kind: component\nrun:\n  kind: ${kind}\n  environment:\n    ${environment}\n  container:\n    image: busybox\n`;
}

/** A Kubernetes workload whose pod spec has the given extra lines. */
function workload(kind: string, apiVersion: string, spec: string): string {
  return source`
    apiVersion: ${apiVersion}
    kind: ${kind}
    metadata:
      name: demo
    spec:
      selector:
        matchLabels: {app: demo}
      template:
        metadata:
          labels: {app: demo}
        spec:
          containers:
            - name: main
              image: busybox
          ${spec}
  `;
}

describe('object names', () => {
  it('accepts DNS subdomains', () => {
    const text = 'environment:\n  serviceAccountName: build-robot\n  priorityClassName: high.priority\n';
    expect(problems(text)).toEqual([]);
  });
  it('rejects names no object can have', () => {
    const text =
      'environment:\n  nodeName: Node_1\n  serviceAccountName: Build_Robot\n  priorityClassName: "high priority"\n';
    expect(problems(text)).toEqual([
      'error node-name-invalid @ environment.nodeName',
      'error service-account-name-invalid @ environment.serviceAccountName',
      'error priority-class-name-invalid @ environment.priorityClassName',
    ]);
  });
  it('notes that nodeName bypasses the scheduler', () => {
    expect(findings('environment:\n  nodeName: gpu-node-1\n')).toContainEqual({
      code: 'node-name-set',
      path: 'environment.nodeName',
      severity: 'info',
    });
    expect(findings('environment:\n  nodeName: ""\n').map((f) => f.code)).not.toContain('node-name-set');
  });
});

describe('imagePullSecrets', () => {
  it('accepts distinct secret names', () => {
    expect(problems('environment:\n  imagePullSecrets: [regcred, docker-hub]\n')).toEqual([]);
    expect(problems('cleaner:\n  imagePullSecrets: [regcred]\n')).toEqual([]);
  });
  it('warns about empty, repeated and impossible names', () => {
    expect(problems('environment:\n  imagePullSecrets: [regcred, regcred, "", Reg_Cred]\n')).toEqual([
      'warning image-pull-secret-duplicate @ environment.imagePullSecrets[1]',
      'warning image-pull-secret-empty @ environment.imagePullSecrets[2]',
      'warning image-pull-secret-name-invalid @ environment.imagePullSecrets[3]',
    ]);
  });
  it('reads the {name} items of a pod spec', () => {
    const text = workload(
      'Deployment',
      'apps/v1',
      'imagePullSecrets: [{name: regcred}, {name: regcred}, {}]',
    );
    expect(problems(text)).toEqual([
      'warning image-pull-secret-duplicate @ spec.template.spec.imagePullSecrets[1].name',
      'warning image-pull-secret-empty @ spec.template.spec.imagePullSecrets[2].name',
    ]);
  });
});

describe('priority', () => {
  it('warns that admission rejects a hand-set priority, with a fix', () => {
    const issue = checkText('environment:\n  priority: 100\n').issues.find((i) => i.code === 'priority-set');
    expect(issue).toMatchObject({ severity: 'warning', data: { fix: 'remove-priority' } });
    expect(problems('environment:\n  priorityClassName: high\n')).toEqual([]);
  });
  it('rejects a priority outside int32', () => {
    expect(problems('environment:\n  priority: 3000000000\n')).toEqual([
      'error priority-out-of-range @ environment.priority',
    ]);
    expect(problems('environment:\n  priority: -2147483648\n')).toEqual([
      'warning priority-set @ environment.priority',
    ]);
  });
});

describe('restartPolicy by run kind', () => {
  it('rejects Always on a job and accepts Never', () => {
    expect(problems(component('job', 'restartPolicy: Always'))).toEqual([
      'error restart-policy-always-in-job @ run.environment.restartPolicy',
    ]);
    expect(problems(component('job', 'restartPolicy: Never'))).toEqual([]);
  });
  it('wants Always on a service', () => {
    expect(problems(component('service', 'restartPolicy: Never'))).toEqual([
      'error restart-policy-not-always-in-service @ run.environment.restartPolicy',
    ]);
    expect(problems(component('service', 'restartPolicy: Always'))).toEqual([]);
  });
  it('allows ExitCode only in Kubeflow runs', () => {
    expect(problems(component('job', 'restartPolicy: ExitCode'))).toEqual([
      'error restart-policy-exit-code @ run.environment.restartPolicy',
    ]);
    const tfjob = source`
      kind: component
      run:
        kind: tfjob
        worker:
          replicas: 2
          environment:
            restartPolicy: ExitCode
          container:
            image: trainer
    `;
    expect(problems(tfjob)).toEqual([]);
  });
  it('says nothing when the run kind is unknown', () => {
    expect(problems('environment:\n  restartPolicy: Always\n')).toEqual([]);
  });
  it('checks Kubernetes workloads by kind', () => {
    expect(problems(workload('Job', 'batch/v1', 'restartPolicy: Always'))).toEqual([
      'error restart-policy-always-in-job @ spec.template.spec.restartPolicy',
    ]);
    expect(problems(workload('Deployment', 'apps/v1', 'restartPolicy: OnFailure'))).toEqual([
      'error restart-policy-not-always-in-service @ spec.template.spec.restartPolicy',
    ]);
    expect(problems(workload('Job', 'batch/v1', 'restartPolicy: OnFailure'))).toEqual([]);
  });
});

describe('hostPID', () => {
  it('warns for any value, since Polyaxon sends it as a string', () => {
    expect(problems('environment:\n  hostPID: false\n')).toEqual([
      'warning host-pid-sent-as-string @ environment.hostPID',
    ]);
    expect(problems('environment:\n  hostPID: true\n')).toEqual([
      'warning host-pid-sent-as-string @ environment.hostPID',
    ]);
    expect(problems('environment:\n  hostNetwork: false\n')).toEqual([]);
  });
  it('leaves a manifest hostPID to the policy rules', () => {
    expect(problems(workload('Deployment', 'apps/v1', 'hostPID: true'))).toEqual([]);
  });
});
