import { ruleBook } from '../../testing/ruleBook';
import { source } from '../../testing/source';

/** An environment with one toleration, written in flow style. */
function toleration(item: string): string {
  return source`
    environment:
      tolerations:
        - ${item}
  `;
}

/** A Polyaxon component whose run has the given kind and restartPolicy. */
function run(kind: string, policy: string): string {
  return source`
    kind: component
    run:
      kind: ${kind}
      environment:
        restartPolicy: ${policy}
      container: {image: busybox}
  `;
}

const T = 'environment.tolerations[0]';

/** Rule book sections 2.3 (tolerations) and 2.6 (names, priority, restartPolicy, host namespaces). */
ruleBook('rule book 2.3: tolerations', [
  {
    rule: '2.3 key is a qualified name',
    pass: toleration('{key: nvidia.com/gpu, operator: Exists, effect: NoSchedule}'),
    fail: toleration('{key: "gpu type", operator: Exists}'),
    expect: [`error toleration-key-invalid @ ${T}.key`],
  },
  {
    rule: '2.3 empty key needs operator Exists',
    pass: toleration('{operator: Exists, effect: NoSchedule}'),
    fail: toleration('{operator: Equal, value: x}'),
    expect: [`error toleration-empty-key-needs-exists @ ${T}.operator`],
  },
  {
    rule: '2.3 operator is Equal or Exists, case-sensitive (Lt/Gt are alpha-gated)',
    pass: toleration('{key: gpu, operator: Equal, value: "true"}'),
    fail: toleration('{key: gpu, operator: exists}'),
    expect: [`error invalid-enum @ ${T}.operator`],
  },
  {
    rule: '2.3 value with Equal is a label value',
    pass: toleration('{key: gpu, value: ""}'),
    fail: toleration('{key: gpu, value: "a b"}'),
    expect: [`error toleration-value-invalid @ ${T}.value`],
  },
  {
    rule: '2.3 value with Exists must be empty',
    pass: toleration('{key: gpu, operator: Exists}'),
    fail: toleration('{key: gpu, operator: Exists, value: "true"}'),
    expect: [`error toleration-exists-with-value @ ${T}.value`],
  },
  {
    rule: '2.3 effect is empty or a case-sensitive effect',
    pass: toleration('{key: gpu, operator: Exists, effect: PreferNoSchedule}'),
    fail: toleration('{key: gpu, operator: Exists, effect: noSchedule}'),
    expect: [`error invalid-enum @ ${T}.effect`],
  },
  {
    rule: '2.3 tolerationSeconds needs effect NoExecute',
    pass: toleration(
      '{key: node.kubernetes.io/unreachable, operator: Exists, effect: NoExecute, tolerationSeconds: 300}',
    ),
    fail: toleration('{key: gpu, operator: Exists, effect: NoSchedule, tolerationSeconds: 300}'),
    expect: [`error toleration-seconds-needs-no-execute @ ${T}.tolerationSeconds`],
  },
  {
    rule: '2.3 tolerationSeconds of zero or less evicts at once',
    pass: toleration('{key: gpu, operator: Exists, effect: NoExecute, tolerationSeconds: 60}'),
    fail: toleration('{key: gpu, operator: Exists, effect: NoExecute, tolerationSeconds: 0}'),
    expect: [`warning toleration-seconds-not-positive @ ${T}.tolerationSeconds`],
  },
  {
    rule: '2.3 tolerationSeconds is an integer (CR schema)',
    pass: toleration('{key: gpu, operator: Exists, effect: NoExecute, tolerationSeconds: 30}'),
    fail: toleration('{key: gpu, operator: Exists, effect: NoExecute, tolerationSeconds: "30"}'),
    expect: [`error type-mismatch @ ${T}.tolerationSeconds`],
  },
  {
    rule: '2.3 a keyless Exists toleration tolerates every taint',
    pass: toleration('{operator: Exists, effect: NoSchedule}'),
    fail: toleration('{operator: Exists}'),
    expect: [`info toleration-matches-all @ ${T}`],
  },
  {
    rule: '2.3 duplicate tolerations are not an error',
    pass: source`
      environment:
        tolerations:
          - {key: gpu, operator: Exists}
          - {key: gpu, operator: Exists}
    `,
    fail: toleration('{key: gpu, operator: Exists, value: x}'),
    expect: [`error toleration-exists-with-value @ ${T}.value`],
  },
]);

ruleBook('rule book 2.6: names, priority, restartPolicy, host namespaces', [
  {
    rule: '2.6 nodeName is a DNS subdomain',
    pass: source`
      environment:
        nodeSelector: {kubernetes.io/hostname: gpu-node-1}
    `,
    fail: source`
      environment:
        nodeName: GPU_Node_1
    `,
    expect: ['error node-name-invalid @ environment.nodeName'],
  },
  {
    rule: '2.6 nodeName bypasses the scheduler',
    pass: source`
      environment:
        nodeName: ""
    `,
    fail: source`
      environment:
        nodeName: gpu-node-1
    `,
    expect: ['info node-name-set @ environment.nodeName'],
  },
  {
    rule: '2.6 serviceAccountName is a DNS subdomain',
    pass: source`
      environment:
        serviceAccountName: build-robot
    `,
    fail: source`
      environment:
        serviceAccountName: build_robot
    `,
    expect: ['error service-account-name-invalid @ environment.serviceAccountName'],
  },
  {
    rule: '2.6 priorityClassName is a DNS subdomain',
    pass: source`
      environment:
        priorityClassName: high-priority
    `,
    fail: source`
      environment:
        priorityClassName: High Priority
    `,
    expect: ['error priority-class-name-invalid @ environment.priorityClassName'],
  },
  {
    rule: '2.6 schedulerName is not validated: an unknown scheduler leaves the pod Pending',
    pass: source`
      environment:
        schedulerName: default-scheduler
    `,
    fail: source`
      environment:
        schedulerName: volcano
    `,
    expect: ['info scheduler-name-custom @ environment.schedulerName'],
  },
  {
    rule: '2.6 imagePullSecrets: empty, duplicate and impossible names',
    pass: source`
      environment:
        imagePullSecrets: [regcred, docker-hub]
    `,
    fail: source`
      environment:
        imagePullSecrets: [regcred, regcred, "", Reg_Cred]
    `,
    expect: [
      'warning image-pull-secret-duplicate @ environment.imagePullSecrets[1]',
      'warning image-pull-secret-empty @ environment.imagePullSecrets[2]',
      'warning image-pull-secret-name-invalid @ environment.imagePullSecrets[3]',
    ],
  },
  {
    rule: '2.6 priority: int32, and admission rejects a hand-set value',
    pass: source`
      environment:
        priorityClassName: high-priority
    `,
    fail: source`
      environment:
        priority: 3000000000
    `,
    expect: ['error priority-out-of-range @ environment.priority'],
  },
  {
    rule: '2.6 priority is usually rejected by the Priority admission plugin',
    pass: source`
      environment:
        priorityClassName: high-priority
    `,
    fail: source`
      environment:
        priority: 1000
    `,
    expect: ['warning priority-set @ environment.priority'],
  },
  {
    rule: '2.6 restartPolicy Always is rejected on jobs',
    pass: run('job', 'OnFailure'),
    fail: run('job', 'Always'),
    expect: ['error restart-policy-always-in-job @ run.environment.restartPolicy'],
  },
  {
    rule: '2.6 services run as Deployments: only Always',
    pass: run('service', 'Always'),
    fail: run('service', 'OnFailure'),
    expect: ['error restart-policy-not-always-in-service @ run.environment.restartPolicy'],
  },
  {
    rule: '2.6 ExitCode only for Kubeflow replicas',
    pass: source`
      kind: component
      run:
        kind: pytorchjob
        master:
          replicas: 1
          environment:
            restartPolicy: ExitCode
          container: {image: busybox}
    `,
    fail: run('job', 'ExitCode'),
    expect: ['error restart-policy-exit-code @ run.environment.restartPolicy'],
  },
  {
    rule: '2.6 K-BATCH: a Job manifest needs restartPolicy Never or OnFailure',
    pass: source`
      apiVersion: batch/v1
      kind: Job
      metadata: {name: backfill}
      spec:
        template:
          spec:
            restartPolicy: OnFailure
            containers: [{name: main, image: busybox}]
    `,
    fail: source`
      apiVersion: batch/v1
      kind: Job
      metadata: {name: backfill}
      spec:
        template:
          spec:
            containers: [{name: main, image: busybox}]
    `,
    expect: ['error restart-policy-missing-in-job @ spec.template.spec.restartPolicy'],
  },
  {
    rule: '2.6 hostPID is sent as a string by Polyaxon',
    pass: source`
      environment:
        hostNetwork: false
    `,
    fail: source`
      environment:
        hostPID: false
    `,
    expect: ['warning host-pid-sent-as-string @ environment.hostPID'],
  },
]);
