import { ruleBook } from '../testing/ruleBook';
import { source } from '../testing/source';

/** Rule book sections 0 and 1: how PyYAML and Polyaxon's model read the environment section. */
ruleBook('rule book 0: YAML 1.1 reading', [
  {
    rule: '0.1 yes/no/on/off are booleans',
    pass: source`
      environment:
        labels: {ssd: "on"}
    `,
    fail: source`
      environment:
        labels: {ssd: on}
    `,
    expect: ['warning yaml11-bool @ environment.labels.ssd'],
  },
  {
    rule: '0.1 y, n, 0o17 and 1e3 stay strings in PyYAML',
    pass: source`
      environment:
        labels: {answer: y, mode: 0o17, scale: 1e3}
    `,
    fail: source`
      environment:
        labels: {answer: yes}
    `,
    expect: ['warning yaml11-bool @ environment.labels.answer'],
  },
  {
    rule: '0.1 12:30 is the base-60 number 750',
    pass: source`
      environment:
        annotations: {start: "12:30"}
    `,
    fail: source`
      environment:
        annotations: {start: 12:30}
    `,
    expect: ['warning yaml11-number @ environment.annotations.start'],
  },
  {
    rule: '0.1 0123 is octal, 0x1F is hexadecimal',
    pass: source`
      environment:
        labels: {zip: "0123", id: "0x1F"}
    `,
    fail: source`
      environment:
        labels: {zip: 0123, id: 0x1F}
    `,
    expect: [
      'warning yaml11-number @ environment.labels.zip',
      'warning yaml11-number @ environment.labels.id',
    ],
  },
  {
    rule: '0.1 2024-01-01 is a date',
    pass: source`
      environment:
        labels: {day: "2024-01-01"}
    `,
    fail: source`
      environment:
        labels: {day: 2024-01-01}
    `,
    expect: ['warning yaml11-timestamp @ environment.labels.day'],
  },
  {
    rule: '0.2 unknown keys are rejected',
    pass: source`
      environment:
        nodeSelector: {disk: ssd}
    `,
    fail: source`
      environment:
        nodeselector: {disk: ssd}
    `,
    expect: ['error unknown-key @ environment.nodeselector'],
  },
  {
    rule: '0.2 snake_case field names are accepted',
    pass: source`
      environment:
        nodeSelector: {disk: ssd}
    `,
    fail: source`
      environment:
        node_selector: {disk: ssd}
    `,
    expect: ['info snake-case-key @ environment.node_selector'],
  },
  {
    rule: '0.2 a field under both names: only one value is kept',
    pass: source`
      environment:
        nodeSelector: {disk: ssd}
    `,
    fail: source`
      environment:
        nodeSelector: {disk: ssd}
        node_selector: {disk: hdd}
    `,
    expect: ['warning duplicate-field @ environment.node_selector'],
  },
  {
    rule: '0.3 unknown top-level key of a Kubernetes object is rejected',
    pass: source`
      environment:
        affinity: {nodeAffinity: {}}
    `,
    fail: source`
      environment:
        affinity: {nodeAffinty: {}}
    `,
    expect: ['error unknown-key @ environment.affinity.nodeAffinty'],
  },
  {
    rule: '0.3 top-level keys may be snake_case or PascalCase',
    pass: source`
      environment:
        securityContext: {runAsUser: 1000}
    `,
    fail: source`
      environment:
        securityContext: {RunAsUser: 1000}
    `,
    expect: ['info snake-case-key @ environment.securityContext.RunAsUser'],
  },
  {
    rule: '0.3 nested keys are sent as written: snake_case is dropped',
    pass: source`
      environment:
        securityContext:
          seccompProfile: {type: RuntimeDefault}
    `,
    fail: source`
      environment:
        affinity:
          nodeAffinity:
            preferred_during_scheduling_ignored_during_execution: []
    `,
    expect: [
      'warning nested-snake-case @ environment.affinity.nodeAffinity.preferred_during_scheduling_ignored_during_execution',
    ],
  },
  {
    rule: '0.3 unknown nested keys are pruned by the CRD schema',
    pass: source`
      environment:
        affinity:
          nodeAffinity:
            preferredDuringSchedulingIgnoredDuringExecution: []
    `,
    fail: source`
      environment:
        affinity:
          nodeAffinity:
            preferred: []
    `,
    expect: ['warning pruned-key @ environment.affinity.nodeAffinity.preferred'],
  },
  {
    rule: 'N2 environment may be a template reference in run kinds',
    pass: source`
      kind: component
      run:
        kind: job
        environment:
          nodeSelector: {disk: ssd}
        container: {image: busybox}
    `,
    fail: source`
      kind: component
      run:
        kind: job
        environment: "{{ shared_env }}"
        container: {image: busybox}
    `,
    expect: ['info environment-reference @ run.environment'],
  },
  {
    rule: 'N2 templated values are judged once Polyaxon resolves them',
    pass: source`
      environment:
        nodeName: "{{ target_node }}"
        nodeSelector:
          "{{ pool_label }}": "pool-{{ pool }}"
    `,
    fail: source`
      environment:
        nodeName: Target_Node
    `,
    expect: ['error node-name-invalid @ environment.nodeName'],
  },
]);

ruleBook('rule book 1: environment at the Polyaxon level', [
  {
    rule: '1 section must be a mapping',
    pass: source`
      environment: {}
    `,
    fail: source`
      environment: [nodeName]
    `,
    expect: ['error not-a-mapping @ environment'],
  },
  {
    rule: '1 labels keys must be strings',
    pass: source`
      environment:
        labels: {"yes": a, "1": b}
    `,
    fail: source`
      environment:
        labels: {yes: a, 1: b}
    `,
    expect: ['error yaml11-bool @ environment.labels.yes', 'error key-not-string @ environment.labels["1"]'],
  },
  {
    rule: '1 labels values are turned into text',
    pass: source`
      environment:
        labels: {tier: "1", gpu: "true"}
    `,
    fail: source`
      environment:
        labels: {tier: 1, gpu: true}
    `,
    expect: [
      'warning coerced-value @ environment.labels.tier',
      'warning coerced-value @ environment.labels.gpu',
    ],
  },
  {
    rule: '1 labels null value is rejected',
    pass: source`
      environment:
        labels: {team: ""}
    `,
    fail: source`
      environment:
        labels: {team: }
    `,
    expect: ['error null-value @ environment.labels.team'],
  },
  {
    rule: '1 labels must be a mapping',
    pass: source`
      environment:
        labels: {team: vision}
    `,
    fail: source`
      environment:
        labels: [team]
    `,
    expect: ['error type-mismatch @ environment.labels'],
  },
  {
    rule: '1 annotations values are turned into text',
    pass: source`
      environment:
        annotations: {retries: "3"}
    `,
    fail: source`
      environment:
        annotations: {retries: 3}
    `,
    expect: ['warning coerced-value @ environment.annotations.retries'],
  },
  {
    rule: '1 nodeSelector values are turned into text',
    pass: source`
      environment:
        nodeSelector: {gpu: "true"}
    `,
    fail: source`
      environment:
        nodeSelector: {gpu: true}
    `,
    expect: ['warning coerced-value @ environment.nodeSelector.gpu'],
  },
  {
    rule: '1 affinity must be a mapping',
    pass: source`
      environment:
        affinity: {}
    `,
    fail: source`
      environment:
        affinity: [nodeAffinity]
    `,
    expect: ['error type-mismatch @ environment.affinity'],
  },
  {
    rule: '1 tolerations must be a list',
    pass: source`
      environment:
        tolerations:
          - {key: gpu, operator: Exists}
    `,
    fail: source`
      environment:
        tolerations:
          key: gpu
          operator: Exists
    `,
    expect: ['error not-a-list @ environment.tolerations'],
  },
  {
    rule: '1 tolerations item keys are checked',
    pass: source`
      environment:
        tolerations:
          - {key: gpu, operator: Exists}
    `,
    fail: source`
      environment:
        tolerations:
          - {key: gpu, operater: Exists}
    `,
    expect: ['error unknown-key @ environment.tolerations[0].operater'],
  },
  {
    rule: '1 nodeName, serviceAccountName, schedulerName, priorityClassName are strings',
    pass: source`
      environment:
        serviceAccountName: "1234"
    `,
    fail: source`
      environment:
        nodeName: 12
        serviceAccountName: 1234
        priorityClassName: 5
    `,
    expect: [
      'error type-mismatch @ environment.nodeName',
      'error type-mismatch @ environment.serviceAccountName',
      'error type-mismatch @ environment.priorityClassName',
    ],
  },
  {
    rule: '1 hostAliases is a list of {ip, hostnames}',
    pass: source`
      environment:
        hostAliases:
          - {ip: 10.0.0.1, hostnames: [db.local]}
    `,
    fail: source`
      environment:
        hostAliases:
          ip: 10.0.0.1
          hostnames: [db.local]
    `,
    expect: ['error not-a-list @ environment.hostAliases'],
  },
  {
    rule: '1 hostAliases items: hostNames is not a field',
    pass: source`
      environment:
        hostAliases: []
    `,
    fail: source`
      environment:
        hostAliases:
          - {ip: 10.0.0.1, hostNames: [db.local]}
    `,
    expect: ['error unknown-key @ environment.hostAliases[0].hostNames'],
  },
  {
    rule: '1 hostAliases hostnames must be a list (CR schema)',
    pass: source`
      environment:
        hostAliases:
          - {ip: 10.0.0.1, hostnames: [db.local]}
    `,
    fail: source`
      environment:
        hostAliases:
          - {ip: 10.0.0.1, hostnames: db.local}
    `,
    expect: ['error type-mismatch @ environment.hostAliases[0].hostnames'],
  },
  {
    rule: '1 securityContext pod-only fields are rejected',
    pass: source`
      environment:
        securityContext: {runAsGroup: 3000}
    `,
    fail: source`
      environment:
        securityContext: {fsGroup: 2000, sysctls: []}
    `,
    expect: [
      'error pod-only-security-field @ environment.securityContext.fsGroup',
      'error pod-only-security-field @ environment.securityContext.sysctls',
    ],
  },
  {
    rule: '1 securityContext must be a mapping',
    pass: source`
      environment:
        securityContext: {}
    `,
    fail: source`
      environment:
        securityContext: [runAsUser]
    `,
    expect: ['error type-mismatch @ environment.securityContext'],
  },
  {
    rule: '1 imagePullSecrets is a list of names',
    pass: source`
      environment:
        imagePullSecrets: [regcred]
    `,
    fail: source`
      environment:
        imagePullSecrets: [{name: regcred}, 7]
    `,
    expect: [
      'error image-pull-secret-object @ environment.imagePullSecrets[0]',
      'error type-mismatch @ environment.imagePullSecrets[1]',
    ],
  },
  {
    rule: '1 imagePullSecrets must be a list',
    pass: source`
      environment:
        imagePullSecrets: []
    `,
    fail: source`
      environment:
        imagePullSecrets: regcred
    `,
    expect: ['error type-mismatch @ environment.imagePullSecrets'],
  },
  {
    rule: '1 hostNetwork is a lax bool',
    pass: source`
      environment:
        hostNetwork: "no"
    `,
    fail: source`
      environment:
        hostNetwork: 2
    `,
    expect: ['error type-mismatch @ environment.hostNetwork'],
  },
  {
    rule: '1 hostPID alias is exactly hostPID',
    pass: source`
      environment:
        labels: {}
    `,
    fail: source`
      environment:
        hostPid: false
    `,
    expect: ['error unknown-key @ environment.hostPid'],
  },
  {
    rule: '1 dnsPolicy is a string (no enum at Polyaxon level)',
    pass: source`
      environment:
        dnsPolicy: ClusterFirst
    `,
    fail: source`
      environment:
        dnsPolicy: 1
    `,
    expect: ['error type-mismatch @ environment.dnsPolicy'],
  },
  {
    rule: '1 dnsConfig keys are nameservers, searches, options',
    pass: source`
      environment:
        dnsConfig: {nameservers: [1.1.1.1]}
    `,
    fail: source`
      environment:
        dnsConfig: {nameServers: [1.1.1.1]}
    `,
    expect: ['error unknown-key @ environment.dnsConfig.nameServers'],
  },
  {
    rule: '1 dnsConfig: {} is rejected',
    pass: source`
      environment:
        dnsConfig: {searches: [svc.cluster.local]}
    `,
    fail: source`
      environment:
        dnsConfig: {}
    `,
    expect: ['error empty-rejected @ environment.dnsConfig'],
  },
  {
    rule: '1 priority is a lax int',
    pass: source`
      environment:
        priority: " 5 "
    `,
    fail: source`
      environment:
        priority: 5.5
    `,
    expect: ['error type-mismatch @ environment.priority'],
    ignore: ['priority-set'],
  },
  {
    rule: '1 priority: true is read as 1',
    pass: source`
      environment:
        priority: 1
    `,
    fail: source`
      environment:
        priority: true
    `,
    expect: ['warning coerced-value @ environment.priority'],
    ignore: ['priority-set'],
  },
  {
    rule: '1 priority: 1e3 is a string PyYAML does not read as a number',
    pass: source`
      environment:
        priority: 1000
    `,
    fail: source`
      environment:
        priority: 1e3
    `,
    expect: ['error type-mismatch @ environment.priority'],
    ignore: ['priority-set'],
  },
  {
    rule: '1 restartPolicy is a case-sensitive literal',
    pass: source`
      environment:
        restartPolicy: Never
    `,
    fail: source`
      environment:
        restartPolicy: never
    `,
    expect: ['error invalid-enum @ environment.restartPolicy'],
  },
]);
