import { ruleBook } from '../../testing/ruleBook';
import { source } from '../../testing/source';

/** Rule book: Polyaxon's own labels and annotations (section 1) and section 2.1. */
ruleBook('rule book 1 and 2.1: labels, annotations, nodeSelector', [
  {
    rule: '1 Polyaxon overwrites its recommended labels',
    pass: source`
      environment:
        labels: {app.example.com/name: trainer}
    `,
    fail: source`
      environment:
        labels: {app.kubernetes.io/name: trainer, operation.polyaxon.com/uuid: x}
    `,
    expect: [
      'warning polyaxon-owned-label @ environment.labels["app.kubernetes.io/name"]',
      'warning polyaxon-owned-label @ environment.labels["operation.polyaxon.com/uuid"]',
    ],
  },
  {
    rule: '1 Polyaxon overwrites its operation annotations',
    pass: source`
      environment:
        annotations: {example.com/owner: vision-team}
    `,
    fail: source`
      environment:
        annotations: {operation.polyaxon.com/owner: vision-team}
    `,
    expect: ['warning polyaxon-owned-annotation @ environment.annotations["operation.polyaxon.com/owner"]'],
  },
  {
    rule: '2.1 label keys are qualified names',
    pass: source`
      environment:
        labels: {example.com/team: vision, tier: gold}
    `,
    fail: source`
      environment:
        labels: {Example.com/team: vision, a/b/c: x, tier_: gold}
    `,
    expect: [
      'error label-key-invalid @ environment.labels["Example.com/team"]',
      'error label-key-invalid @ environment.labels["a/b/c"]',
      'error label-key-invalid @ environment.labels.tier_',
    ],
  },
  {
    rule: '2.1 label values: 63 characters of the label charset, empty allowed',
    pass: source`
      environment:
        labels: {team: "", stage: pre-prod_2.1}
    `,
    fail: source`
      environment:
        labels: {stage: "pre prod", list: [1, 2]}
    `,
    expect: [
      'error label-value-invalid @ environment.labels.stage',
      'error label-value-invalid @ environment.labels.list',
    ],
  },
  {
    rule: '2.1 annotation keys are checked lower-cased',
    pass: source`
      environment:
        annotations: {Example.COM/Owner: anything at all}
    `,
    fail: source`
      environment:
        annotations: {"owner name": x}
    `,
    expect: ['error annotation-key-invalid @ environment.annotations["owner name"]'],
  },
  {
    rule: '2.1 annotations total at most 256 KiB',
    pass: source`
      environment:
        annotations: {note: ${'x'.repeat(1000)}}
    `,
    fail: source`
      environment:
        annotations: {note: ${'x'.repeat(262145)}}
    `,
    expect: ['error annotations-too-large @ environment.annotations'],
  },
  {
    rule: '2.1 nodeSelector keys and values follow the label rules',
    pass: source`
      environment:
        nodeSelector: {kubernetes.io/arch: amd64}
    `,
    fail: source`
      environment:
        nodeSelector: {disk type: ssd, pool: "-gpu"}
    `,
    expect: [
      'error node-selector-key-invalid @ environment.nodeSelector["disk type"]',
      'error node-selector-value-invalid @ environment.nodeSelector.pool',
    ],
  },
  {
    rule: '2.1 deprecated node labels draw an API warning',
    pass: source`
      environment:
        nodeSelector: {kubernetes.io/os: linux}
    `,
    fail: source`
      environment:
        nodeSelector: {beta.kubernetes.io/os: linux}
    `,
    expect: ['warning deprecated-node-label @ environment.nodeSelector["beta.kubernetes.io/os"]'],
  },
  {
    rule: 'K-WARN deprecated pod annotations (alpha, seccomp)',
    pass: source`
      environment:
        securityContext:
          seccompProfile: {type: RuntimeDefault}
    `,
    fail: source`
      environment:
        annotations:
          scheduler.alpha.kubernetes.io/critical-pod: ""
          seccomp.security.alpha.kubernetes.io/pod: runtime/default
    `,
    expect: [
      'warning deprecated-pod-annotation @ environment.annotations["scheduler.alpha.kubernetes.io/critical-pod"]',
      'warning deprecated-pod-annotation @ environment.annotations["seccomp.security.alpha.kubernetes.io/pod"]',
    ],
  },
  {
    rule: 'K-WARN AppArmor annotations are deprecated unless appArmorProfile is set',
    pass: source`
      environment:
        annotations:
          container.apparmor.security.beta.kubernetes.io/main: runtime/default
        securityContext:
          appArmorProfile: {type: RuntimeDefault}
    `,
    fail: source`
      environment:
        annotations:
          container.apparmor.security.beta.kubernetes.io/main: runtime/default
    `,
    expect: [
      'warning deprecated-pod-annotation @ environment.annotations["container.apparmor.security.beta.kubernetes.io/main"]',
    ],
  },
]);
