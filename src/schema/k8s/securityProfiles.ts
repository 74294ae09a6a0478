import { z } from 'zod';
import { doc, field } from '../field';
import { stringListSchema } from './common';
import {
  appArmorProfileDoc,
  capabilitiesDoc,
  seLinuxOptionsDoc,
  seccompProfileDoc,
  sysctlDoc,
  windowsSecurityContextOptionsDoc,
} from '../docs/securityProfiles';

/** Profile types shared by seccomp and AppArmor. */
export const profileTypeSchema = z.enum(['RuntimeDefault', 'Localhost', 'Unconfined']);

/** Capabilities: Linux capabilities added to or dropped from the runtime's default set. */
export const capabilitiesSchema = doc(
  z.object({
    add: field(stringListSchema, capabilitiesDoc.fields.add),
    drop: field(stringListSchema, capabilitiesDoc.fields.drop),
  }),
  capabilitiesDoc,
);

/** SeccompProfile: the system-call filter applied to the containers. */
export const seccompProfileSchema = doc(
  z.object({
    type: field(profileTypeSchema, seccompProfileDoc.fields.type),
    localhostProfile: field(z.string(), seccompProfileDoc.fields.localhostProfile),
  }),
  seccompProfileDoc,
);

/** SELinuxOptions: the SELinux label given to the containers. */
export const seLinuxOptionsSchema = doc(
  z.object({
    user: field(z.string(), seLinuxOptionsDoc.fields.user),
    role: field(z.string(), seLinuxOptionsDoc.fields.role),
    type: field(z.string(), seLinuxOptionsDoc.fields.type),
    level: field(z.string(), seLinuxOptionsDoc.fields.level),
  }),
  seLinuxOptionsDoc,
);

/** AppArmorProfile: the AppArmor confinement applied to the containers. */
export const appArmorProfileSchema = doc(
  z.object({
    type: field(profileTypeSchema, appArmorProfileDoc.fields.type),
    localhostProfile: field(z.string(), appArmorProfileDoc.fields.localhostProfile),
  }),
  appArmorProfileDoc,
);

/** WindowsSecurityContextOptions: settings for Windows containers. */
export const windowsSecurityContextOptionsSchema = doc(
  z.object({
    gmsaCredentialSpecName: field(z.string(), windowsSecurityContextOptionsDoc.fields.gmsaCredentialSpecName),
    gmsaCredentialSpec: field(z.string(), windowsSecurityContextOptionsDoc.fields.gmsaCredentialSpec),
    runAsUserName: field(z.string(), windowsSecurityContextOptionsDoc.fields.runAsUserName),
    hostProcess: field(z.boolean(), windowsSecurityContextOptionsDoc.fields.hostProcess),
  }),
  windowsSecurityContextOptionsDoc,
);

/** Sysctl: one namespaced kernel parameter. */
export const sysctlSchema = doc(
  z.object({
    name: field(z.string(), sysctlDoc.fields.name),
    value: field(z.string(), sysctlDoc.fields.value),
  }),
  sysctlDoc,
);
