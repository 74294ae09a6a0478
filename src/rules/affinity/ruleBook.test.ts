import { ruleBook } from '../../testing/ruleBook';
import { source } from '../../testing/source';

const REQ = 'environment.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution';
const TERM = `${REQ}.nodeSelectorTerms[0]`;
const PREF = 'environment.affinity.nodeAffinity.preferredDuringSchedulingIgnoredDuringExecution';
const POD = 'environment.affinity.podAffinity.requiredDuringSchedulingIgnoredDuringExecution';

/** An environment whose required node affinity has one term (the lines are indented under it). */
function required(term: string): string {
  return source`
    environment:
      affinity:
        nodeAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
            nodeSelectorTerms:
              - ${term}
  `;
}

/** An environment with one required pod affinity term, written in flow style. */
function podTerm(term: string): string {
  return source`
    environment:
      affinity:
        podAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
            - ${term}
  `;
}

/** Rule book section 2.2: affinity as Kubernetes validates it. */
ruleBook('rule book 2.2: affinity', [
  {
    rule: '2.2 nodeSelectorTerms required and non-empty',
    pass: required('{matchExpressions: [{key: disk, operator: In, values: [ssd]}]}'),
    fail: source`
      environment:
        affinity:
          nodeAffinity:
            requiredDuringSchedulingIgnoredDuringExecution: {}
    `,
    expect: [`error node-selector-terms-empty @ ${REQ}.nodeSelectorTerms`],
  },
  {
    rule: '2.2 an empty term is valid but matches no node',
    pass: required('{matchFields: [{key: metadata.name, operator: In, values: [node-1]}]}'),
    fail: required('{}'),
    expect: [`warning node-selector-term-empty @ ${TERM}`],
  },
  {
    rule: '2.2 matchExpressions operator is a case-sensitive enum',
    pass: required('{matchExpressions: [{key: disk, operator: NotIn, values: [hdd]}]}'),
    fail: required('{matchExpressions: [{key: disk, operator: in, values: [ssd]}]}'),
    expect: [`error invalid-enum @ ${TERM}.matchExpressions[0].operator`],
  },
  {
    rule: '2.2 matchExpressions key required and a qualified name',
    pass: required('{matchExpressions: [{key: example.com/disk, operator: Exists}]}'),
    fail: required('{matchExpressions: [{operator: Exists}, {key: "bad key", operator: Exists}]}'),
    expect: [
      `error selector-key-missing @ ${TERM}.matchExpressions[0].key`,
      `error selector-key-invalid @ ${TERM}.matchExpressions[1].key`,
    ],
  },
  {
    rule: '2.2 In/NotIn need values, Exists/DoesNotExist none, Gt/Lt exactly one',
    pass: required(
      '{matchExpressions: [{key: cores, operator: Gt, values: ["8"]}, {key: gpu, operator: DoesNotExist}]}',
    ),
    fail: required(
      '{matchExpressions: [{key: a, operator: In}, {key: b, operator: Exists, values: [x]}, {key: c, operator: Lt, values: ["1", "2"]}]}',
    ),
    expect: [
      `error selector-values-required @ ${TERM}.matchExpressions[0].values`,
      `error selector-values-forbidden @ ${TERM}.matchExpressions[1].values`,
      `error selector-values-single @ ${TERM}.matchExpressions[2].values`,
    ],
  },
  {
    rule: '2.2 required terms: values are label values',
    pass: required('{matchExpressions: [{key: zone, operator: In, values: [eu-west-1a]}]}'),
    fail: required('{matchExpressions: [{key: zone, operator: In, values: ["eu west"]}]}'),
    expect: [`error selector-value-invalid @ ${TERM}.matchExpressions[0].values[0]`],
  },
  {
    rule: '2.2 Gt/Lt values should be integers',
    pass: required('{matchExpressions: [{key: cores, operator: Lt, values: ["64"]}]}'),
    fail: required('{matchExpressions: [{key: cores, operator: Lt, values: [many]}]}'),
    expect: [`warning selector-value-not-integer @ ${TERM}.matchExpressions[0].values[0]`],
  },
  {
    rule: '2.2 matchFields: key metadata.name, In/NotIn, one node name',
    pass: required('{matchFields: [{key: metadata.name, operator: NotIn, values: [node-7]}]}'),
    fail: required(
      '{matchFields: [{key: metadata.labels, operator: In, values: [a]}, {key: metadata.name, operator: Exists}, {key: metadata.name, operator: In, values: [a, b]}, {key: metadata.name, operator: In, values: [Node_1]}]}',
    ),
    expect: [
      `error match-fields-key-invalid @ ${TERM}.matchFields[0].key`,
      `error match-fields-operator-invalid @ ${TERM}.matchFields[1].operator`,
      `error match-fields-values-single @ ${TERM}.matchFields[2].values`,
      `error match-fields-value-invalid @ ${TERM}.matchFields[3].values[0]`,
    ],
  },
  {
    rule: '2.2 preferred node terms: weight 1-100 and a preference',
    pass: source`
      environment:
        affinity:
          nodeAffinity:
            preferredDuringSchedulingIgnoredDuringExecution:
              - weight: 100
                preference: {matchExpressions: [{key: disk, operator: In, values: ["not a label value"]}]}
    `,
    fail: source`
      environment:
        affinity:
          nodeAffinity:
            preferredDuringSchedulingIgnoredDuringExecution:
              - weight: 0
                preference: {matchExpressions: [{key: disk, operator: Exists}]}
              - preference: {matchExpressions: [{key: disk, operator: Exists}]}
              - weight: 5
    `,
    expect: [
      `error weight-out-of-range @ ${PREF}[0].weight`,
      `error weight-missing @ ${PREF}[1].weight`,
      `error node-preference-missing @ ${PREF}[2].preference`,
    ],
  },
  {
    rule: '2.2 deprecated node labels in node affinity',
    pass: required('{matchExpressions: [{key: topology.kubernetes.io/zone, operator: Exists}]}'),
    fail: required('{matchExpressions: [{key: failure-domain.beta.kubernetes.io/zone, operator: Exists}]}'),
    expect: [`warning node-affinity-deprecated-label @ ${TERM}.matchExpressions[0].key`],
  },
  {
    rule: '2.2 pod affinity terms need a qualified topologyKey',
    pass: podTerm('{labelSelector: {matchLabels: {app: db}}, topologyKey: kubernetes.io/hostname}'),
    fail: source`
      environment:
        affinity:
          podAffinity:
            requiredDuringSchedulingIgnoredDuringExecution:
              - labelSelector: {matchLabels: {app: db}}
              - labelSelector: {matchLabels: {app: db}}
                topologyKey: "host name"
    `,
    expect: [
      `error topology-key-missing @ ${POD}[0].topologyKey`,
      `error topology-key-invalid @ ${POD}[1].topologyKey`,
    ],
  },
  {
    rule: '2.2 deprecated topology keys',
    pass: podTerm('{labelSelector: {matchLabels: {app: db}}, topologyKey: topology.kubernetes.io/zone}'),
    fail: podTerm(
      '{labelSelector: {matchLabels: {app: db}}, topologyKey: failure-domain.beta.kubernetes.io/zone}',
    ),
    expect: [`warning topology-key-deprecated @ ${POD}[0].topologyKey`],
  },
  {
    rule: '2.2 namespaces are DNS labels',
    pass: podTerm('{labelSelector: {matchLabels: {app: db}}, topologyKey: zone, namespaces: [data]}'),
    fail: podTerm('{labelSelector: {matchLabels: {app: db}}, topologyKey: zone, namespaces: [Data_NS]}'),
    expect: [`error affinity-namespace-invalid @ ${POD}[0].namespaces[0]`],
  },
  {
    rule: '2.2 weighted pod terms: weight 1-100, podAffinityTerm with topologyKey',
    pass: source`
      environment:
        affinity:
          podAntiAffinity:
            preferredDuringSchedulingIgnoredDuringExecution:
              - weight: 10
                podAffinityTerm:
                  labelSelector: {matchLabels: {app: web}}
                  topologyKey: kubernetes.io/hostname
    `,
    fail: source`
      environment:
        affinity:
          podAntiAffinity:
            preferredDuringSchedulingIgnoredDuringExecution:
              - weight: 101
                podAffinityTerm:
                  labelSelector: {matchLabels: {app: web}}
              - weight: 10
    `,
    expect: [
      'error weight-out-of-range @ environment.affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].weight',
      'error topology-key-missing @ environment.affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].podAffinityTerm.topologyKey',
      'error pod-affinity-term-missing @ environment.affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution[1].podAffinityTerm',
    ],
  },
  {
    rule: '2.2 matchLabelKeys/mismatchLabelKeys need a labelSelector, no overlap',
    pass: podTerm(
      '{labelSelector: {matchLabels: {app: db}}, topologyKey: zone, matchLabelKeys: [pod-template-hash]}',
    ),
    fail: source`
      environment:
        affinity:
          podAffinity:
            requiredDuringSchedulingIgnoredDuringExecution:
              - topologyKey: zone
                matchLabelKeys: [release]
              - topologyKey: zone
                labelSelector: {matchLabels: {app: db}}
                matchLabelKeys: [app, "bad key"]
                mismatchLabelKeys: [app]
    `,
    expect: [
      `error label-keys-without-selector @ ${POD}[0].matchLabelKeys`,
      `error match-label-key-in-selector @ ${POD}[1].matchLabelKeys[0]`,
      `error label-keys-in-both @ ${POD}[1].matchLabelKeys[0]`,
      `error label-keys-key-invalid @ ${POD}[1].matchLabelKeys[1]`,
    ],
  },
  {
    rule: '2.2 LabelSelector matchLabels follow the label rules',
    pass: podTerm('{labelSelector: {matchLabels: {app: db}}, topologyKey: zone}'),
    fail: podTerm('{labelSelector: {matchLabels: {"my app": "a b"}}, topologyKey: zone}'),
    expect: [
      `error selector-key-invalid @ ${POD}[0].labelSelector.matchLabels["my app"]`,
      `error selector-value-invalid @ ${POD}[0].labelSelector.matchLabels["my app"]`,
    ],
  },
  {
    rule: '2.2 LabelSelector matchExpressions: no Gt/Lt, values rules',
    pass: podTerm(
      '{labelSelector: {matchExpressions: [{key: app, operator: NotIn, values: [db]}]}, topologyKey: zone}',
    ),
    fail: podTerm(
      '{labelSelector: {matchExpressions: [{key: app, operator: Gt, values: ["1"]}, {key: app, operator: In}, {key: app}]}, topologyKey: zone}',
    ),
    expect: [
      `error invalid-enum @ ${POD}[0].labelSelector.matchExpressions[0].operator`,
      `error selector-values-required @ ${POD}[0].labelSelector.matchExpressions[1].values`,
      `error selector-operator-missing @ ${POD}[0].labelSelector.matchExpressions[2].operator`,
    ],
  },
  {
    rule: '2.2 a null labelSelector matches no pods',
    pass: podTerm('{labelSelector: {matchLabels: {app: db}}, topologyKey: zone}'),
    fail: podTerm('{topologyKey: zone}'),
    expect: [`warning pod-affinity-no-label-selector @ ${POD}[0].labelSelector`],
  },
  {
    rule: '2.2 an empty labelSelector matches every pod',
    pass: podTerm('{labelSelector: {matchLabels: {app: db}}, topologyKey: zone}'),
    fail: podTerm('{labelSelector: {}, topologyKey: zone}'),
    expect: [`warning pod-affinity-selects-all @ ${POD}[0].labelSelector`],
  },
]);
