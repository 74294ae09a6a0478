import { z } from 'zod';
import { doc, field } from '../field';
import { int64Schema } from './common';
import {
  appArmorProfileSchema,
  capabilitiesSchema,
  seccompProfileSchema,
  seLinuxOptionsSchema,
  sysctlSchema,
  windowsSecurityContextOptionsSchema,
} from './securityProfiles';
import { podSecurityContextDoc, securityContextDoc } from '../docs/securityContext';

/** How /proc is mounted in a container. */
export const procMountSchema = z.enum(['Default', 'Unmasked']);

/** How volume ownership is changed to match fsGroup. */
export const fsGroupChangePolicySchema = z.enum(['OnRootMismatch', 'Always']);

/** How the supplemental groups of the first process are computed. */
export const supplementalGroupsPolicySchema = z.enum(['Merge', 'Strict']);

/** How the SELinux label is applied to the pod's volumes. */
export const seLinuxChangePolicySchema = z.enum(['MountOption', 'Recursive']);

/** The container SecurityContext (core/v1 `SecurityContext`). */
export const securityContextSchema = doc(
  z.object({
    allowPrivilegeEscalation: field(z.boolean(), securityContextDoc.fields.allowPrivilegeEscalation),
    appArmorProfile: field(appArmorProfileSchema, securityContextDoc.fields.appArmorProfile),
    capabilities: field(capabilitiesSchema, securityContextDoc.fields.capabilities),
    privileged: field(z.boolean(), securityContextDoc.fields.privileged),
    procMount: field(procMountSchema, securityContextDoc.fields.procMount),
    readOnlyRootFilesystem: field(z.boolean(), securityContextDoc.fields.readOnlyRootFilesystem),
    runAsGroup: field(int64Schema, securityContextDoc.fields.runAsGroup),
    runAsNonRoot: field(z.boolean(), securityContextDoc.fields.runAsNonRoot),
    runAsUser: field(int64Schema, securityContextDoc.fields.runAsUser),
    seLinuxOptions: field(seLinuxOptionsSchema, securityContextDoc.fields.seLinuxOptions),
    seccompProfile: field(seccompProfileSchema, securityContextDoc.fields.seccompProfile),
    windowsOptions: field(windowsSecurityContextOptionsSchema, securityContextDoc.fields.windowsOptions),
  }),
  securityContextDoc,
);

/** The pod-level PodSecurityContext (core/v1 `PodSecurityContext`). */
export const podSecurityContextSchema = doc(
  z.object({
    fsGroup: field(int64Schema, podSecurityContextDoc.fields.fsGroup),
    fsGroupChangePolicy: field(fsGroupChangePolicySchema, podSecurityContextDoc.fields.fsGroupChangePolicy),
    runAsUser: field(int64Schema, podSecurityContextDoc.fields.runAsUser),
    runAsGroup: field(int64Schema, podSecurityContextDoc.fields.runAsGroup),
    runAsNonRoot: field(z.boolean(), podSecurityContextDoc.fields.runAsNonRoot),
    seLinuxOptions: field(seLinuxOptionsSchema, podSecurityContextDoc.fields.seLinuxOptions),
    seccompProfile: field(seccompProfileSchema, podSecurityContextDoc.fields.seccompProfile),
    appArmorProfile: field(appArmorProfileSchema, podSecurityContextDoc.fields.appArmorProfile),
    supplementalGroups: field(z.array(int64Schema), podSecurityContextDoc.fields.supplementalGroups),
    supplementalGroupsPolicy: field(
      supplementalGroupsPolicySchema,
      podSecurityContextDoc.fields.supplementalGroupsPolicy,
    ),
    sysctls: field(z.array(sysctlSchema), podSecurityContextDoc.fields.sysctls),
    windowsOptions: field(windowsSecurityContextOptionsSchema, podSecurityContextDoc.fields.windowsOptions),
    seLinuxChangePolicy: field(seLinuxChangePolicySchema, podSecurityContextDoc.fields.seLinuxChangePolicy),
  }),
  podSecurityContextDoc,
);
