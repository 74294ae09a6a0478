// Help texts of the schemas in src/schema/k8s/securityProfiles.ts, as plain data (see docNode.ts):
// the schemas take their titles and descriptions from these nodes; the form reads them without Zod.
import type { DocNode } from './docNode';

export const capabilitiesDoc = {
  title: 'Capabilities',
  description: 'Linux capabilities added to or removed from what the container runtime grants by default.',
  fields: {
    add: {
      title: 'Add',
      description:
        'Capabilities to grant on top of the defaults, e.g. NET_BIND_SERVICE (written without the CAP_ prefix).',
      items: {},
    },
    drop: {
      title: 'Drop',
      description: 'Capabilities to remove from the defaults; ALL removes every one of them.',
      items: {},
    },
  },
} satisfies DocNode;

export const seccompProfileDoc = {
  title: 'Seccomp profile',
  description: 'Restricts the system calls the processes may make.',
  fields: {
    type: {
      title: 'Type',
      description:
        "Required. RuntimeDefault uses the container runtime's filter, Localhost a profile file on the " +
        'node, and Unconfined applies no filter. Case-sensitive.',
    },
    localhostProfile: {
      title: 'Localhost profile',
      description:
        "Path of the profile file, relative to the kubelet's seccomp directory (no leading / and no ..). " +
        'Required with type Localhost and not allowed with the other types.',
    },
  },
} satisfies DocNode;

export const seLinuxOptionsDoc = {
  title: 'SELinux options',
  description:
    'The SELinux label to apply. When left out, the container runtime picks a label for each container. ' +
    'Not allowed for Windows pods.',
  fields: {
    user: { title: 'User', description: 'SELinux user part of the label.' },
    role: { title: 'Role', description: 'SELinux role part of the label.' },
    type: { title: 'Type', description: 'SELinux type part of the label, e.g. container_t.' },
    level: { title: 'Level', description: 'SELinux level part of the label, e.g. s0:c123,c456.' },
  },
} satisfies DocNode;

export const appArmorProfileDoc = {
  title: 'AppArmor profile',
  description: 'Confines the processes with an AppArmor profile.',
  fields: {
    type: {
      title: 'Type',
      description:
        "Required. RuntimeDefault uses the container runtime's profile, Localhost a profile loaded on " +
        'the node, and Unconfined applies none. Case-sensitive.',
    },
    localhostProfile: {
      title: 'Localhost profile',
      description:
        'Name of a profile already loaded on the node. Required with type Localhost and not allowed with the other types.',
    },
  },
} satisfies DocNode;

export const windowsSecurityContextOptionsDoc = {
  title: 'Windows options',
  description: 'Security settings that apply only to Windows containers. Not allowed for Linux pods.',
  fields: {
    gmsaCredentialSpecName: {
      title: 'GMSA credential spec name',
      description: 'Name of the GMSA credential spec resource to use (group managed service account).',
    },
    gmsaCredentialSpec: {
      title: 'GMSA credential spec',
      description:
        'Contents of the GMSA credential spec; normally filled in by the GMSA admission webhook from the name.',
    },
    runAsUserName: {
      title: 'Run as user name',
      description: 'Windows user name that runs the entrypoint. Defaults to the user set in the image.',
    },
    hostProcess: {
      title: 'Host process',
      description:
        'Runs the containers as Windows host processes. Requires hostNetwork: true, and every container ' +
        'of the pod must have the same setting.',
    },
  },
} satisfies DocNode;

export const sysctlDoc = {
  title: 'Sysctl',
  description:
    'A namespaced kernel parameter set for the pod. Parameters that are not considered safe must be ' +
    'allowed on the node first.',
  fields: {
    name: {
      title: 'Name',
      description: 'Kernel parameter to set, e.g. net.ipv4.ip_local_port_range. Required.',
    },
    value: { title: 'Value', description: 'Value to give it, as a string. Required.' },
  },
} satisfies DocNode;
