import { describe, expect, it } from 'vitest';
import { metaOf, objectShape, unwrapOptional } from './introspect';
import { pxRegistry, type PxMeta } from './meta';
import { cleanerSchema } from './polyaxon/cleaner';
import { environmentSchema } from './polyaxon/environment';
import { objectMetaSchema, podSpecSchema } from './podSpec';
import { undocumented, visitSchemas } from './visit';

const ENVIRONMENT: Record<string, PxMeta> = {
  labels: { reading: 'genericStrMap', pyName: 'labels' },
  annotations: { reading: 'genericStrMap', pyName: 'annotations' },
  nodeSelector: { reading: 'genericStrMap', pyName: 'node_selector' },
  affinity: { reading: 'k8sObject', pyName: 'affinity' },
  tolerations: { reading: 'k8sList', pyName: 'tolerations' },
  nodeName: { reading: 'strictStr', pyName: 'node_name' },
  serviceAccountName: { reading: 'strictStr', pyName: 'service_account_name' },
  hostAliases: { reading: 'k8sList', pyName: 'host_aliases' },
  securityContext: { reading: 'k8sObject', pyName: 'security_context' },
  imagePullSecrets: { reading: 'strList', pyName: 'image_pull_secrets' },
  hostNetwork: { reading: 'laxBool', pyName: 'host_network' },
  hostPID: { reading: 'laxBool', pyName: 'host_pid' },
  dnsPolicy: { reading: 'strictStr', pyName: 'dns_policy' },
  dnsConfig: { reading: 'k8sObject', pyName: 'dns_config', rejectsEmpty: true },
  schedulerName: { reading: 'strictStr', pyName: 'scheduler_name' },
  priorityClassName: { reading: 'strictStr', pyName: 'priority_class_name' },
  priority: { reading: 'laxInt', pyName: 'priority' },
  restartPolicy: { reading: 'literal', pyName: 'restart_policy' },
};

const CLEANER: Record<string, PxMeta> = {
  image: { reading: 'strictStr', pyName: 'image' },
  imageTag: { reading: 'strictStr', pyName: 'image_tag' },
  imagePullPolicy: { reading: 'literal', pyName: 'image_pull_policy' },
  resources: { reading: 'k8sObject', pyName: 'resources' },
  nodeSelector: { reading: 'strictStrMap', pyName: 'node_selector' },
  affinity: { reading: 'k8sObject', pyName: 'affinity' },
  tolerations: { reading: 'k8sList', pyName: 'tolerations' },
  imagePullSecrets: { reading: 'strList', pyName: 'image_pull_secrets' },
  hpa: { reading: 'any', pyName: 'hpa' },
};

describe.each([
  ['environment', environmentSchema, ENVIRONMENT],
  ['cleaner', cleanerSchema, CLEANER],
] as const)('%s fields', (_name, schema, expected) => {
  const shape = objectShape(schema) ?? {};
  it('are exactly the Polyaxon fields, in order', () => {
    expect(Object.keys(shape)).toEqual(Object.keys(expected));
  });
  it('each carry a title, a description and how Polyaxon reads them', () => {
    for (const [key, f] of Object.entries(shape)) {
      const meta = metaOf(f);
      expect(meta?.title, key).toBeTruthy();
      expect((meta?.description ?? '').length, key).toBeGreaterThan(20);
      expect(f.isOptional(), key).toBe(true);
      expect(pxRegistry.get(f), key).toEqual(expected[key]);
    }
  });
  it('have their own text, not only that of the type they wrap', () => {
    for (const [key, f] of Object.entries(shape)) {
      const own = metaOf(f);
      const inner = metaOf(unwrapOptional(f));
      if (inner) expect(own?.description, key).not.toBe(inner.description);
    }
  });
});

describe('every nested object and field', () => {
  it.each([
    ['environment', environmentSchema],
    ['cleaner', cleanerSchema],
    ['podSpec', podSpecSchema],
    ['objectMeta', objectMetaSchema],
  ] as const)('is documented in %s', (_name, schema) => {
    const { objects, fields } = visitSchemas(schema);
    expect(fields.length).toBeGreaterThan(objects.length);
    expect(undocumented(objects)).toEqual([]);
    expect(undocumented(fields)).toEqual([]);
  });
  it('is reached by the visitor, down to the deepest levels', () => {
    const wheres = visitSchemas(environmentSchema).fields.map((f) => f.where);
    expect(wheres).toContain(
      '$.affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution[].podAffinityTerm.namespaceSelector.matchExpressions[].operator',
    );
    expect(wheres).toContain('$.securityContext.windowsOptions.hostProcess');
  });
});

describe('parsing a realistic environment', () => {
  const environment = {
    labels: { team: 'vision', 'example.com/tier': '1' },
    annotations: { note: 'anything' },
    nodeSelector: { disktype: 'ssd' },
    affinity: {
      nodeAffinity: {
        requiredDuringSchedulingIgnoredDuringExecution: {
          nodeSelectorTerms: [{ matchExpressions: [{ key: 'gpu', operator: 'In', values: ['a100'] }] }],
        },
        preferredDuringSchedulingIgnoredDuringExecution: [
          {
            weight: 10,
            preference: { matchFields: [{ key: 'metadata.name', operator: 'NotIn', values: ['n1'] }] },
          },
        ],
      },
      podAntiAffinity: {
        preferredDuringSchedulingIgnoredDuringExecution: [
          {
            weight: 100,
            podAffinityTerm: {
              labelSelector: { matchLabels: { app: 'train' } },
              topologyKey: 'kubernetes.io/hostname',
              matchLabelKeys: ['pod-template-hash'],
            },
          },
        ],
      },
    },
    tolerations: [
      { key: 'nvidia.com/gpu', operator: 'Exists', effect: 'NoSchedule' },
      {
        key: 'node.kubernetes.io/unreachable',
        operator: 'Exists',
        effect: 'NoExecute',
        tolerationSeconds: 30,
      },
    ],
    nodeName: 'kube-01',
    serviceAccountName: 'build-robot',
    hostAliases: [{ ip: '127.0.0.1', hostnames: ['foo.local'] }],
    securityContext: {
      runAsUser: 1000,
      runAsNonRoot: true,
      seccompProfile: { type: 'RuntimeDefault' },
      capabilities: { drop: ['ALL'] },
    },
    imagePullSecrets: ['regcred'],
    hostNetwork: false,
    hostPID: false,
    dnsPolicy: 'ClusterFirst',
    dnsConfig: { nameservers: ['1.1.1.1'], options: [{ name: 'ndots', value: '2' }] },
    schedulerName: 'default-scheduler',
    priorityClassName: 'high',
    priority: 10,
    restartPolicy: 'ExitCode',
  };
  it('succeeds and keeps every value', () => {
    const result = environmentSchema.safeParse(environment);
    expect(result.success).toBe(true);
    expect(result.data).toEqual(environment);
  });
  it('fails on wrong enums and types, at the right path', () => {
    const bad = {
      ...environment,
      tolerations: [{ operator: 'exists' }],
      restartPolicy: 'never',
      priority: 2 ** 31,
      securityContext: { runAsUser: '1000' },
    };
    const result = environmentSchema.safeParse(bad);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.')).sort()).toEqual([
      'priority',
      'restartPolicy',
      'securityContext.runAsUser',
      'tolerations.0.operator',
    ]);
  });
  it('knows the pod-only security fields are not container fields', () => {
    expect(
      Object.keys(objectShape(unwrapOptional(environmentSchema.shape.securityContext)) ?? {}),
    ).not.toContain('fsGroup');
  });
});

describe('parsing a cleaner', () => {
  it('accepts the documented form and rejects wrong enums and quantity types', () => {
    const cleaner = {
      image: 'polyaxon/polyaxon-init',
      imageTag: 'v1.x',
      imagePullPolicy: 'IfNotPresent',
      resources: { requests: { memory: '64Mi', cpu: '50m' }, limits: { cpu: 1 } },
      nodeSelector: { foo: 'bar' },
      hpa: { enabled: true },
    };
    expect(cleanerSchema.safeParse(cleaner).success).toBe(true);
    expect(cleanerSchema.safeParse({ imagePullPolicy: 'always' }).success).toBe(false);
    expect(cleanerSchema.safeParse({ resources: { requests: { cpu: true } } }).success).toBe(false);
  });
});
