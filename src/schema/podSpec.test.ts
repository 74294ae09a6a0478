import { describe, expect, it } from 'vitest';
import { objectShape, unwrapOptional } from './introspect';
import { podSecurityContextSchema } from './k8s/securityContext';
import { environmentSchema } from './polyaxon/environment';
import { objectMetaSchema, POD_SPEC_OTHER_FIELDS, podSpecSchema } from './podSpec';

/** Every JSON field of core/v1 PodSpec, as listed in kubernetes/api types.go (plus 1.35's workloadRef). */
const ALL_POD_SPEC_FIELDS = [
  'volumes',
  'initContainers',
  'containers',
  'ephemeralContainers',
  'restartPolicy',
  'terminationGracePeriodSeconds',
  'activeDeadlineSeconds',
  'dnsPolicy',
  'nodeSelector',
  'serviceAccountName',
  'serviceAccount',
  'automountServiceAccountToken',
  'nodeName',
  'hostNetwork',
  'hostPID',
  'hostIPC',
  'shareProcessNamespace',
  'securityContext',
  'imagePullSecrets',
  'hostname',
  'subdomain',
  'affinity',
  'schedulerName',
  'tolerations',
  'hostAliases',
  'priorityClassName',
  'priority',
  'dnsConfig',
  'readinessGates',
  'runtimeClassName',
  'enableServiceLinks',
  'preemptionPolicy',
  'overhead',
  'topologySpreadConstraints',
  'setHostnameAsFQDN',
  'os',
  'hostUsers',
  'schedulingGates',
  'resourceClaims',
  'resources',
  'hostnameOverride',
  'workloadRef',
  'schedulingGroup',
  'evictionResponders',
];

describe('podSpecSchema', () => {
  const judged = Object.keys(objectShape(podSpecSchema) ?? {});
  it('judges the environment fields that exist in a pod spec, plus hostIPC', () => {
    const env = Object.keys(objectShape(environmentSchema) ?? {}).filter(
      (k) => k !== 'labels' && k !== 'annotations',
    );
    expect([...judged].sort()).toEqual([...env, 'hostIPC'].sort());
  });
  it('leaves every other real field to POD_SPEC_OTHER_FIELDS, with no overlap', () => {
    expect(judged.filter((k) => POD_SPEC_OTHER_FIELDS.includes(k))).toEqual([]);
    expect([...judged, ...POD_SPEC_OTHER_FIELDS].sort()).toEqual([...ALL_POD_SPEC_FIELDS].sort());
  });
  it('uses the pod-level types where they differ from Polyaxon', () => {
    const shape = objectShape(podSpecSchema) ?? {};
    expect(unwrapOptional(shape['securityContext'] ?? podSpecSchema)).toBe(podSecurityContextSchema);
    expect(podSpecSchema.safeParse({ imagePullSecrets: [{ name: 'regcred' }] }).success).toBe(true);
    expect(podSpecSchema.safeParse({ imagePullSecrets: ['regcred'] }).success).toBe(false);
    expect(podSpecSchema.safeParse({ restartPolicy: 'ExitCode' }).success).toBe(false);
    expect(
      podSpecSchema.safeParse({ securityContext: { fsGroup: 2000, sysctls: [{ name: 'a', value: '1' }] } })
        .success,
    ).toBe(true);
  });
});

describe('objectMetaSchema', () => {
  it('has string maps for labels and annotations', () => {
    expect(Object.keys(objectShape(objectMetaSchema) ?? {})).toEqual(['labels', 'annotations']);
    expect(objectMetaSchema.safeParse({ labels: { a: 'b' }, annotations: { c: 'd' } }).success).toBe(true);
    expect(objectMetaSchema.safeParse({ labels: { a: 1 } }).success).toBe(false);
  });
});
