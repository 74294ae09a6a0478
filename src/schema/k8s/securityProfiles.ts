import { z } from 'zod';
import { doc, field } from '../field';
import { stringListSchema } from './common';

/** Profile types shared by seccomp and AppArmor. */
export const profileTypeSchema = z.enum(['RuntimeDefault', 'Localhost', 'Unconfined']);

/** Capabilities: Linux capabilities added to or dropped from the runtime's default set. */
export const capabilitiesSchema = doc(
  z.object({
    add: field(
      stringListSchema,
      'Add',
      'Capabilities to grant on top of the defaults, e.g. NET_BIND_SERVICE (written without the CAP_ prefix).',
    ),
    drop: field(
      stringListSchema,
      'Drop',
      'Capabilities to remove from the defaults; ALL removes every one of them.',
    ),
  }),
  'Capabilities',
  'Linux capabilities added to or removed from what the container runtime grants by default.',
);

/** SeccompProfile: the system-call filter applied to the containers. */
export const seccompProfileSchema = doc(
  z.object({
    type: field(
      profileTypeSchema,
      'Type',
      "Required. RuntimeDefault uses the container runtime's filter, Localhost a profile file on the " +
        'node, and Unconfined applies no filter. Case-sensitive.',
    ),
    localhostProfile: field(
      z.string(),
      'Localhost profile',
      "Path of the profile file, relative to the kubelet's seccomp directory (no leading / and no ..). " +
        'Required with type Localhost and not allowed with the other types.',
    ),
  }),
  'Seccomp profile',
  'Restricts the system calls the processes may make.',
);

/** SELinuxOptions: the SELinux label given to the containers. */
export const seLinuxOptionsSchema = doc(
  z.object({
    user: field(z.string(), 'User', 'SELinux user part of the label.'),
    role: field(z.string(), 'Role', 'SELinux role part of the label.'),
    type: field(z.string(), 'Type', 'SELinux type part of the label, e.g. container_t.'),
    level: field(z.string(), 'Level', 'SELinux level part of the label, e.g. s0:c123,c456.'),
  }),
  'SELinux options',
  'The SELinux label to apply. When left out, the container runtime picks a label for each container. ' +
    'Not allowed for Windows pods.',
);

/** AppArmorProfile: the AppArmor confinement applied to the containers. */
export const appArmorProfileSchema = doc(
  z.object({
    type: field(
      profileTypeSchema,
      'Type',
      "Required. RuntimeDefault uses the container runtime's profile, Localhost a profile loaded on " +
        'the node, and Unconfined applies none. Case-sensitive.',
    ),
    localhostProfile: field(
      z.string(),
      'Localhost profile',
      'Name of a profile already loaded on the node. Required with type Localhost and not allowed with the other types.',
    ),
  }),
  'AppArmor profile',
  'Confines the processes with an AppArmor profile.',
);

/** WindowsSecurityContextOptions: settings for Windows containers. */
export const windowsSecurityContextOptionsSchema = doc(
  z.object({
    gmsaCredentialSpecName: field(
      z.string(),
      'GMSA credential spec name',
      'Name of the GMSA credential spec resource to use (group managed service account).',
    ),
    gmsaCredentialSpec: field(
      z.string(),
      'GMSA credential spec',
      'Contents of the GMSA credential spec; normally filled in by the GMSA admission webhook from the name.',
    ),
    runAsUserName: field(
      z.string(),
      'Run as user name',
      'Windows user name that runs the entrypoint. Defaults to the user set in the image.',
    ),
    hostProcess: field(
      z.boolean(),
      'Host process',
      'Runs the containers as Windows host processes. Requires hostNetwork: true, and every container ' +
        'of the pod must have the same setting.',
    ),
  }),
  'Windows options',
  'Security settings that apply only to Windows containers. Not allowed for Linux pods.',
);

/** Sysctl: one namespaced kernel parameter. */
export const sysctlSchema = doc(
  z.object({
    name: field(z.string(), 'Name', 'Kernel parameter to set, e.g. net.ipv4.ip_local_port_range. Required.'),
    value: field(z.string(), 'Value', 'Value to give it, as a string. Required.'),
  }),
  'Sysctl',
  'A namespaced kernel parameter set for the pod. Parameters that are not considered safe must be ' +
    'allowed on the node first.',
);
