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

/** How /proc is mounted in a container. */
export const procMountSchema = z.enum(['Default', 'Unmasked']);

/** How volume ownership is changed to match fsGroup. */
export const fsGroupChangePolicySchema = z.enum(['OnRootMismatch', 'Always']);

/** How the supplemental groups of the first process are computed. */
export const supplementalGroupsPolicySchema = z.enum(['Merge', 'Strict']);

/** How the SELinux label is applied to the pod's volumes. */
export const seLinuxChangePolicySchema = z.enum(['MountOption', 'Recursive']);

const CONTAINER_ONLY = 'A container-level field: a pod-level security context has no such field.';

/** The container SecurityContext (core/v1 `SecurityContext`). */
export const securityContextSchema = doc(
  z.object({
    allowPrivilegeEscalation: field(
      z.boolean(),
      'Allow privilege escalation',
      'Whether a process may gain more privileges than its parent (the no_new_privs flag). Always true ' +
        `when the container is privileged or has CAP_SYS_ADMIN. ${CONTAINER_ONLY}`,
    ),
    appArmorProfile: field(
      appArmorProfileSchema,
      'AppArmor profile',
      'AppArmor profile for this container; overrides the pod-level one.',
    ),
    capabilities: field(
      capabilitiesSchema,
      'Capabilities',
      `Linux capabilities to add to or drop from the container. ${CONTAINER_ONLY}`,
    ),
    privileged: field(
      z.boolean(),
      'Privileged',
      'Runs the container with nearly all the access of the host, like root on the node. Defaults to ' +
        `false. ${CONTAINER_ONLY}`,
    ),
    procMount: field(
      procMountSchema,
      'Proc mount',
      'Default keeps the runtime masking and read-only paths of /proc; Unmasked removes them and ' +
        `needs a pod with hostUsers: false. ${CONTAINER_ONLY}`,
    ),
    readOnlyRootFilesystem: field(
      z.boolean(),
      'Read-only root filesystem',
      `Mounts the container's root filesystem read-only. Defaults to false. ${CONTAINER_ONLY}`,
    ),
    runAsGroup: field(
      int64Schema,
      'Run as group',
      'Primary group ID of the container process, 0 or more. Overrides the pod-level value; defaults ' +
        'to the runtime default.',
    ),
    runAsNonRoot: field(
      z.boolean(),
      'Run as non-root',
      'When true, the kubelet refuses to start the container if it would run as user 0 (root), or as ' +
        'a non-numeric image user with no runAsUser.',
    ),
    runAsUser: field(
      int64Schema,
      'Run as user',
      'User ID of the container process, 0 or more. Overrides the pod-level value; defaults to the user ' +
        'set in the image.',
    ),
    seLinuxOptions: field(
      seLinuxOptionsSchema,
      'SELinux options',
      'SELinux label for this container; overrides the pod-level one.',
    ),
    seccompProfile: field(
      seccompProfileSchema,
      'Seccomp profile',
      'Seccomp profile for this container; overrides the pod-level one.',
    ),
    windowsOptions: field(
      windowsSecurityContextOptionsSchema,
      'Windows options',
      'Windows-specific settings for this container; overrides the pod-level ones.',
    ),
  }),
  'Container security context',
  'Privilege and access settings of a container. Values set here take precedence over the same ' +
    'fields of the pod security context.',
);

/** The pod-level PodSecurityContext (core/v1 `PodSecurityContext`). */
export const podSecurityContextSchema = doc(
  z.object({
    fsGroup: field(
      int64Schema,
      'FS group',
      'A group added to every container; volumes that support it are made group-owned by it and ' +
        'group-writable. When unset, volume ownership is left alone.',
    ),
    fsGroupChangePolicy: field(
      fsGroupChangePolicySchema,
      'FS group change policy',
      'When volume ownership is changed to fsGroup: Always (the default) on every mount, or ' +
        'OnRootMismatch only when the volume root does not already match, which is faster for big volumes.',
    ),
    runAsUser: field(
      int64Schema,
      'Run as user',
      'User ID of the processes of every container, 0 or more, unless a container sets its own. ' +
        'Defaults to the user set in the image.',
    ),
    runAsGroup: field(
      int64Schema,
      'Run as group',
      'Primary group ID of the processes of every container, 0 or more, unless a container sets its own.',
    ),
    runAsNonRoot: field(
      z.boolean(),
      'Run as non-root',
      'When true, the kubelet refuses to start any container that would run as user 0 (root). ' +
        'Containers may override it.',
    ),
    seLinuxOptions: field(
      seLinuxOptionsSchema,
      'SELinux options',
      'SELinux label for every container, unless a container sets its own.',
    ),
    seccompProfile: field(
      seccompProfileSchema,
      'Seccomp profile',
      'Seccomp profile for every container, unless a container sets its own.',
    ),
    appArmorProfile: field(
      appArmorProfileSchema,
      'AppArmor profile',
      'AppArmor profile for every container, unless a container sets its own.',
    ),
    supplementalGroups: field(
      z.array(int64Schema),
      'Supplemental groups',
      'Extra group IDs given to the first process of each container, besides its primary group and fsGroup.',
    ),
    supplementalGroupsPolicy: field(
      supplementalGroupsPolicySchema,
      'Supplemental groups policy',
      "Merge (the default) also keeps the groups the image's /etc/group gives the user; Strict uses " +
        'only fsGroup, supplementalGroups and runAsGroup.',
    ),
    sysctls: field(
      z.array(sysctlSchema),
      'Sysctls',
      'Namespaced kernel parameters for the pod. A pod with a parameter the runtime does not support may fail to start.',
    ),
    windowsOptions: field(
      windowsSecurityContextOptionsSchema,
      'Windows options',
      'Windows-specific settings for every container, unless a container sets its own.',
    ),
    seLinuxChangePolicy: field(
      seLinuxChangePolicySchema,
      'SELinux change policy',
      'How volumes get the SELinux label: MountOption (the default) mounts them with the label, ' +
        'Recursive relabels every file, which is slower but lets pods with different labels share a volume.',
    ),
  }),
  'Pod security context',
  'Privilege and access settings for the whole pod. Containers can override the shared fields in ' +
    'their own security context.',
);
