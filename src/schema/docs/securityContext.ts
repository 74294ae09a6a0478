// Help texts of the schemas in src/schema/k8s/securityContext.ts, as plain data (see docNode.ts):
// the schemas take their titles and descriptions from these nodes; the form reads them without Zod.
import type { DocNode } from './docNode';
import {
  appArmorProfileDoc,
  capabilitiesDoc,
  seLinuxOptionsDoc,
  seccompProfileDoc,
  sysctlDoc,
  windowsSecurityContextOptionsDoc,
} from './securityProfiles';

const CONTAINER_ONLY = 'A container-level field: a pod-level security context has no such field.';

export const securityContextDoc = {
  title: 'Container security context',
  description:
    'Privilege and access settings of a container. Values set here take precedence over the same ' +
    'fields of the pod security context.',
  fields: {
    allowPrivilegeEscalation: {
      title: 'Allow privilege escalation',
      description:
        'Whether a process may gain more privileges than its parent (the no_new_privs flag). Always true ' +
        `when the container is privileged or has CAP_SYS_ADMIN. ${CONTAINER_ONLY}`,
    },
    appArmorProfile: {
      title: 'AppArmor profile',
      description: 'AppArmor profile for this container; overrides the pod-level one.',
      of: appArmorProfileDoc,
    },
    capabilities: {
      title: 'Capabilities',
      description: `Linux capabilities to add to or drop from the container. ${CONTAINER_ONLY}`,
      of: capabilitiesDoc,
    },
    privileged: {
      title: 'Privileged',
      description:
        'Runs the container with nearly all the access of the host, like root on the node. Defaults to ' +
        `false. ${CONTAINER_ONLY}`,
    },
    procMount: {
      title: 'Proc mount',
      description:
        'Default keeps the runtime masking and read-only paths of /proc; Unmasked removes them and ' +
        `needs a pod with hostUsers: false. ${CONTAINER_ONLY}`,
    },
    readOnlyRootFilesystem: {
      title: 'Read-only root filesystem',
      description: `Mounts the container's root filesystem read-only. Defaults to false. ${CONTAINER_ONLY}`,
    },
    runAsGroup: {
      title: 'Run as group',
      description:
        'Primary group ID of the container process, 0 or more. Overrides the pod-level value; defaults ' +
        'to the runtime default.',
    },
    runAsNonRoot: {
      title: 'Run as non-root',
      description:
        'When true, the kubelet refuses to start the container if it would run as user 0 (root), or as ' +
        'a non-numeric image user with no runAsUser.',
    },
    runAsUser: {
      title: 'Run as user',
      description:
        'User ID of the container process, 0 or more. Overrides the pod-level value; defaults to the user ' +
        'set in the image.',
    },
    seLinuxOptions: {
      title: 'SELinux options',
      description: 'SELinux label for this container; overrides the pod-level one.',
      of: seLinuxOptionsDoc,
    },
    seccompProfile: {
      title: 'Seccomp profile',
      description: 'Seccomp profile for this container; overrides the pod-level one.',
      of: seccompProfileDoc,
    },
    windowsOptions: {
      title: 'Windows options',
      description: 'Windows-specific settings for this container; overrides the pod-level ones.',
      of: windowsSecurityContextOptionsDoc,
    },
  },
} satisfies DocNode;

export const podSecurityContextDoc = {
  title: 'Pod security context',
  description:
    'Privilege and access settings for the whole pod. Containers can override the shared fields in ' +
    'their own security context.',
  fields: {
    fsGroup: {
      title: 'FS group',
      description:
        'A group added to every container; volumes that support it are made group-owned by it and ' +
        'group-writable. When unset, volume ownership is left alone.',
    },
    fsGroupChangePolicy: {
      title: 'FS group change policy',
      description:
        'When volume ownership is changed to fsGroup: Always (the default) on every mount, or ' +
        'OnRootMismatch only when the volume root does not already match, which is faster for big volumes.',
    },
    runAsUser: {
      title: 'Run as user',
      description:
        'User ID of the processes of every container, 0 or more, unless a container sets its own. ' +
        'Defaults to the user set in the image.',
    },
    runAsGroup: {
      title: 'Run as group',
      description:
        'Primary group ID of the processes of every container, 0 or more, unless a container sets its own.',
    },
    runAsNonRoot: {
      title: 'Run as non-root',
      description:
        'When true, the kubelet refuses to start any container that would run as user 0 (root). ' +
        'Containers may override it.',
    },
    seLinuxOptions: {
      title: 'SELinux options',
      description: 'SELinux label for every container, unless a container sets its own.',
      of: seLinuxOptionsDoc,
    },
    seccompProfile: {
      title: 'Seccomp profile',
      description: 'Seccomp profile for every container, unless a container sets its own.',
      of: seccompProfileDoc,
    },
    appArmorProfile: {
      title: 'AppArmor profile',
      description: 'AppArmor profile for every container, unless a container sets its own.',
      of: appArmorProfileDoc,
    },
    supplementalGroups: {
      title: 'Supplemental groups',
      description:
        'Extra group IDs given to the first process of each container, besides its primary group and fsGroup.',
      items: {},
    },
    supplementalGroupsPolicy: {
      title: 'Supplemental groups policy',
      description:
        "Merge (the default) also keeps the groups the image's /etc/group gives the user; Strict uses " +
        'only fsGroup, supplementalGroups and runAsGroup.',
    },
    sysctls: {
      title: 'Sysctls',
      description:
        'Namespaced kernel parameters for the pod. A pod with a parameter the runtime does not support may fail to start.',
      items: sysctlDoc,
    },
    windowsOptions: {
      title: 'Windows options',
      description: 'Windows-specific settings for every container, unless a container sets its own.',
      of: windowsSecurityContextOptionsDoc,
    },
    seLinuxChangePolicy: {
      title: 'SELinux change policy',
      description:
        'How volumes get the SELinux label: MountOption (the default) mounts them with the label, ' +
        'Recursive relabels every file, which is slower but lets pods with different labels share a volume.',
    },
  },
} satisfies DocNode;
