import { ruleBook } from '../../testing/ruleBook';
import { source } from '../../testing/source';

/** A cleaner whose resources hold the given flow mappings. */
function resources(body: string): string {
  return source`
    cleaner:
      resources: ${body}
  `;
}

const R = 'cleaner.resources';

/** Rule book sections 3 (cleaner at the Polyaxon level) and 4 (cleaner.resources at Kubernetes level). */
ruleBook('rule book 3: cleaner', [
  {
    rule: '3 keys are the cleaner fields only',
    pass: source`
      cleaner:
        image: polyaxon/polyaxon-init
        imagePullPolicy: IfNotPresent
    `,
    fail: source`
      cleaner:
        image: polyaxon/polyaxon-init
        schedule: daily
    `,
    expect: ['error unknown-key @ cleaner.schedule'],
  },
  {
    rule: '3 image is a string without tag or digest',
    pass: source`
      cleaner:
        image: registry.example.com:5000/tools/polyaxon-init
        imageTag: "2.1"
    `,
    fail: source`
      cleaner:
        image: polyaxon/polyaxon-init:v2
    `,
    expect: ['error cleaner-image-has-tag @ cleaner.image'],
  },
  {
    rule: '3 imageTag is a string: unquoted 1.2 is a float',
    pass: source`
      cleaner:
        imageTag: "1.2"
    `,
    fail: source`
      cleaner:
        imageTag: 1.2
    `,
    expect: ['error type-mismatch @ cleaner.imageTag'],
  },
  {
    rule: '3 an empty imageTag falls back to the default tag',
    pass: source`
      cleaner:
        imageTag: v2.1.0
    `,
    fail: source`
      cleaner:
        imageTag: ""
    `,
    expect: ['info cleaner-image-tag-empty @ cleaner.imageTag'],
  },
  {
    rule: '3 imagePullPolicy is a case-sensitive enum',
    pass: source`
      cleaner:
        imagePullPolicy: Always
    `,
    fail: source`
      cleaner:
        imagePullPolicy: always
    `,
    expect: ['error invalid-enum @ cleaner.imagePullPolicy'],
  },
  {
    rule: '3 resources: requests/limits/claims only',
    pass: resources('{requests: {cpu: 50m, memory: 64Mi}}'),
    fail: resources('{cpu: 50m, memory: 64Mi}'),
    expect: [`error resources-flat @ ${R}.cpu`, `error resources-flat @ ${R}.memory`],
  },
  {
    rule: '3 resources: {} removes the default requests and limits',
    pass: resources('{limits: {memory: 1000Mi}}'),
    fail: resources('{}'),
    expect: [`warning cleaner-resources-empty @ ${R}`],
  },
  {
    rule: '3 nodeSelector is StrictStr to StrictStr',
    pass: source`
      cleaner:
        nodeSelector: {gpu: "true"}
    `,
    fail: source`
      cleaner:
        nodeSelector: {gpu: true, tier: 1}
    `,
    expect: [
      'error type-mismatch @ cleaner.nodeSelector.gpu',
      'error type-mismatch @ cleaner.nodeSelector.tier',
    ],
    ignore: ['cleaner-scheduling-unverified'],
  },
  {
    rule: '3 tolerations: a list with checked item keys',
    pass: source`
      cleaner:
        tolerations: []
    `,
    fail: source`
      cleaner:
        tolerations: {key: a, operator: Exists}
    `,
    expect: ['error not-a-list @ cleaner.tolerations'],
  },
  {
    rule: '3 hpa is meaningless for the cleaner',
    pass: source`
      cleaner:
        image: polyaxon/polyaxon-init
    `,
    fail: source`
      cleaner:
        hpa: {enabled: true}
    `,
    expect: ['warning cleaner-hpa-no-effect @ cleaner.hpa'],
  },
  {
    rule: '3 scheduling fields may not reach the cleaner container',
    pass: source`
      cleaner:
        image: polyaxon/polyaxon-init
    `,
    fail: source`
      cleaner:
        affinity: {}
    `,
    expect: ['info cleaner-scheduling-unverified @ cleaner.affinity'],
  },
]);

ruleBook('rule book 4: cleaner.resources', [
  {
    rule: '4 resource names',
    pass: resources('{limits: {cpu: "1", memory: 1Gi, ephemeral-storage: 2Gi, nvidia.com/gpu: 1}}'),
    fail: resources('{requests: {gpu: 1, kubernetes.io/widgets: 1}}'),
    expect: [
      `error resource-name-invalid @ ${R}.requests.gpu`,
      `error resource-name-invalid @ ${R}.requests["kubernetes.io/widgets"]`,
    ],
  },
  {
    rule: '4 quantity grammar: case and suffixes matter',
    pass: resources('{requests: {cpu: 500m, memory: 1e9}, limits: {cpu: "1.5", memory: 1.5Gi}}'),
    fail: resources('{requests: {memory: 512MB, cpu: 2K}}'),
    expect: [`error quantity-invalid @ ${R}.requests.memory`, `error quantity-invalid @ ${R}.requests.cpu`],
  },
  {
    rule: '4 float quantities are rejected by the CR schema, whole numbers pass',
    pass: resources('{requests: {cpu: 1, memory: 2.0}}'),
    fail: resources('{requests: {cpu: 0.5}}'),
    expect: [`error type-mismatch @ ${R}.requests.cpu`],
  },
  {
    rule: '4 quantities are not negative',
    pass: resources('{requests: {cpu: "0"}}'),
    fail: resources('{requests: {cpu: "-1"}}'),
    expect: [`error quantity-negative @ ${R}.requests.cpu`],
  },
  {
    rule: '4 request must not exceed limit',
    pass: resources('{requests: {memory: 1Gi}, limits: {memory: 1024Mi}}'),
    fail: resources('{requests: {memory: 2Gi}, limits: {memory: 1Gi}}'),
    expect: [`error request-exceeds-limit @ ${R}.requests.memory`],
  },
  {
    rule: '4 extended resources: whole numbers, request needs an equal limit',
    pass: resources('{requests: {nvidia.com/gpu: 1}, limits: {nvidia.com/gpu: 1}}'),
    fail: resources('{requests: {nvidia.com/gpu: "0.5"}}'),
    expect: [
      `error extended-resource-fraction @ ${R}.requests["nvidia.com/gpu"]`,
      `error extended-resource-needs-limit @ ${R}.requests["nvidia.com/gpu"]`,
    ],
  },
  {
    rule: '4 huge pages need cpu or memory',
    pass: resources('{limits: {hugepages-2Mi: 1Gi, memory: 2Gi}}'),
    fail: resources('{limits: {hugepages-2Mi: 1Gi}}'),
    expect: [`error hugepages-needs-cpu-memory @ ${R}.limits.hugepages-2Mi`],
  },
  {
    rule: '4 claims cannot be satisfied',
    pass: resources('{claims: []}'),
    fail: resources('{claims: [{name: gpu-claim}]}'),
    expect: [`error resource-claims-unsupported @ ${R}.claims`],
  },
  {
    rule: '4 fractional bytes draw an API warning',
    pass: resources('{requests: {memory: 128974848}}'),
    fail: resources('{requests: {memory: 100m}}'),
    expect: [`warning quantity-fractional-bytes @ ${R}.requests.memory`],
  },
]);
