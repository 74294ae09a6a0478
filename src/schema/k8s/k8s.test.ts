import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { enumValues, objectShape } from '../introspect';
import { affinitySchema } from './affinity';
import { localObjectReferenceSchema, quantitySchema } from './common';
import { hostAliasSchema, podDnsConfigOptionSchema, podDnsConfigSchema } from './dns';
import { labelSelectorRequirementSchema, labelSelectorSchema } from './labelSelector';
import {
  nodeAffinitySchema,
  nodeSelectorRequirementSchema,
  nodeSelectorSchema,
  nodeSelectorTermSchema,
  preferredSchedulingTermSchema,
} from './nodeAffinity';
import {
  podAffinitySchema,
  podAffinityTermSchema,
  podAntiAffinitySchema,
  weightedPodAffinityTermSchema,
} from './podAffinity';
import { resourceClaimSchema, resourceRequirementsSchema } from './resources';
import { podSecurityContextSchema, securityContextSchema } from './securityContext';
import {
  appArmorProfileSchema,
  capabilitiesSchema,
  seccompProfileSchema,
  seLinuxOptionsSchema,
  sysctlSchema,
  windowsSecurityContextOptionsSchema,
} from './securityProfiles';
import { tolerationSchema } from './toleration';

const AFFINITY_RULES = [
  'requiredDuringSchedulingIgnoredDuringExecution',
  'preferredDuringSchedulingIgnoredDuringExecution',
];

/** JSON field names of core/v1 (and meta/v1 LabelSelector), read from kubernetes/api types.go. */
const FIELDS: [string, z.ZodType, string[]][] = [
  ['Affinity', affinitySchema, ['nodeAffinity', 'podAffinity', 'podAntiAffinity']],
  ['NodeAffinity', nodeAffinitySchema, AFFINITY_RULES],
  ['NodeSelector', nodeSelectorSchema, ['nodeSelectorTerms']],
  ['NodeSelectorTerm', nodeSelectorTermSchema, ['matchExpressions', 'matchFields']],
  ['NodeSelectorRequirement', nodeSelectorRequirementSchema, ['key', 'operator', 'values']],
  ['PreferredSchedulingTerm', preferredSchedulingTermSchema, ['weight', 'preference']],
  ['PodAffinity', podAffinitySchema, AFFINITY_RULES],
  ['PodAntiAffinity', podAntiAffinitySchema, AFFINITY_RULES],
  [
    'PodAffinityTerm',
    podAffinityTermSchema,
    [
      'labelSelector',
      'namespaces',
      'topologyKey',
      'namespaceSelector',
      'matchLabelKeys',
      'mismatchLabelKeys',
    ],
  ],
  ['WeightedPodAffinityTerm', weightedPodAffinityTermSchema, ['weight', 'podAffinityTerm']],
  ['LabelSelector', labelSelectorSchema, ['matchLabels', 'matchExpressions']],
  ['LabelSelectorRequirement', labelSelectorRequirementSchema, ['key', 'operator', 'values']],
  ['Toleration', tolerationSchema, ['key', 'operator', 'value', 'effect', 'tolerationSeconds']],
  [
    'SecurityContext',
    securityContextSchema,
    [
      'allowPrivilegeEscalation',
      'appArmorProfile',
      'capabilities',
      'privileged',
      'procMount',
      'readOnlyRootFilesystem',
      'runAsGroup',
      'runAsNonRoot',
      'runAsUser',
      'seLinuxOptions',
      'seccompProfile',
      'windowsOptions',
    ],
  ],
  [
    'PodSecurityContext',
    podSecurityContextSchema,
    [
      'appArmorProfile',
      'fsGroup',
      'fsGroupChangePolicy',
      'runAsGroup',
      'runAsNonRoot',
      'runAsUser',
      'seLinuxChangePolicy',
      'seLinuxOptions',
      'seccompProfile',
      'supplementalGroups',
      'supplementalGroupsPolicy',
      'sysctls',
      'windowsOptions',
    ],
  ],
  ['Capabilities', capabilitiesSchema, ['add', 'drop']],
  ['SeccompProfile', seccompProfileSchema, ['type', 'localhostProfile']],
  ['AppArmorProfile', appArmorProfileSchema, ['type', 'localhostProfile']],
  ['SELinuxOptions', seLinuxOptionsSchema, ['user', 'role', 'type', 'level']],
  [
    'WindowsSecurityContextOptions',
    windowsSecurityContextOptionsSchema,
    ['gmsaCredentialSpecName', 'gmsaCredentialSpec', 'runAsUserName', 'hostProcess'],
  ],
  ['Sysctl', sysctlSchema, ['name', 'value']],
  ['PodDNSConfig', podDnsConfigSchema, ['nameservers', 'searches', 'options']],
  ['PodDNSConfigOption', podDnsConfigOptionSchema, ['name', 'value']],
  ['HostAlias', hostAliasSchema, ['ip', 'hostnames']],
  ['ResourceRequirements', resourceRequirementsSchema, ['requests', 'limits', 'claims']],
  ['ResourceClaim', resourceClaimSchema, ['name', 'request']],
  ['LocalObjectReference', localObjectReferenceSchema, ['name']],
];

describe('Kubernetes field names', () => {
  it.each(FIELDS)('%s has exactly the API fields', (_name, schema, fields) => {
    expect(Object.keys(objectShape(schema) ?? {}).sort()).toEqual([...fields].sort());
  });
});

describe('Kubernetes enums', () => {
  const at = (schema: z.ZodType, key: string) => enumValues(objectShape(schema)?.[key] ?? schema);
  it('lists the operators of each selector kind', () => {
    expect(at(tolerationSchema, 'operator')).toEqual(['Equal', 'Exists']);
    expect(at(tolerationSchema, 'effect')).toEqual(['NoSchedule', 'PreferNoSchedule', 'NoExecute']);
    expect(at(nodeSelectorRequirementSchema, 'operator')).toEqual([
      'In',
      'NotIn',
      'Exists',
      'DoesNotExist',
      'Gt',
      'Lt',
    ]);
    expect(at(labelSelectorRequirementSchema, 'operator')).toEqual(['In', 'NotIn', 'Exists', 'DoesNotExist']);
  });
  it('lists the security policies', () => {
    expect(at(seccompProfileSchema, 'type')).toEqual(['RuntimeDefault', 'Localhost', 'Unconfined']);
    expect(at(appArmorProfileSchema, 'type')).toEqual(['RuntimeDefault', 'Localhost', 'Unconfined']);
    expect(at(securityContextSchema, 'procMount')).toEqual(['Default', 'Unmasked']);
    expect(at(podSecurityContextSchema, 'fsGroupChangePolicy')).toEqual(['OnRootMismatch', 'Always']);
    expect(at(podSecurityContextSchema, 'supplementalGroupsPolicy')).toEqual(['Merge', 'Strict']);
    expect(at(podSecurityContextSchema, 'seLinuxChangePolicy')).toEqual(['MountOption', 'Recursive']);
  });
});

describe('Kubernetes value types', () => {
  it('takes quantities as strings or numbers only', () => {
    expect(quantitySchema.safeParse('64Mi').success).toBe(true);
    expect(quantitySchema.safeParse(1).success).toBe(true);
    expect(quantitySchema.safeParse(true).success).toBe(false);
  });
  it('keeps weights within int32 and IDs integral', () => {
    expect(preferredSchedulingTermSchema.safeParse({ weight: 2 ** 31 }).success).toBe(false);
    expect(preferredSchedulingTermSchema.safeParse({ weight: 50 }).success).toBe(true);
    expect(securityContextSchema.safeParse({ runAsUser: 1.5 }).success).toBe(false);
  });
});
