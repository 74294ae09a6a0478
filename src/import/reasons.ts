import { ENVIRONMENT_FIELD_NAMES } from '../schema/fieldNames';

/**
 * Why a pod-spec field of a Kubernetes manifest cannot go into a Polyaxon `environment`, and
 * where it goes instead. Polyaxon builds the pod itself: containers come from `run.container`,
 * volumes from `run.volumes`/connections, and the environment holds only scheduling and identity.
 */
export const POD_SPEC_DROPPED: Readonly<Record<string, string>> = {
  containers:
    'Polyaxon builds the main container from run.container; write image, command and resources there',
  initContainers: 'Polyaxon adds its own init containers; extra ones go under run.init',
  ephemeralContainers: 'ephemeral containers are added to running pods with kubectl debug, not in a spec',
  sidecars: 'sidecar containers go under run.sidecars',
  volumes:
    'volumes go under run.volumes (and their mounts under run.container.volumeMounts), or come from connections',
  terminationGracePeriodSeconds:
    'Polyaxon sets the termination grace period itself; there is no environment field for it',
  activeDeadlineSeconds: "use the run's termination.timeout instead",
  serviceAccount: 'deprecated alias; serviceAccountName is used instead',
  automountServiceAccountToken:
    'the environment has no field for it; Polyaxon manages the service account token',
  shareProcessNamespace: 'the environment has no field for it',
  hostIPC: 'the environment has no hostIPC field (only hostNetwork and hostPID)',
  hostname: 'the environment has no field for it; Polyaxon names the pods',
  subdomain: 'the environment has no field for it',
  readinessGates: 'the environment has no field for it',
  runtimeClassName: 'the environment has no field for it',
  enableServiceLinks: 'the environment has no field for it',
  preemptionPolicy: 'set it on the PriorityClass named by priorityClassName',
  overhead: 'set by the RuntimeClass admission controller, never by hand',
  topologySpreadConstraints:
    'the environment has no field for it; pod anti-affinity in affinity gives a similar spread',
  setHostnameAsFQDN: 'the environment has no field for it',
  os: 'the environment has no field for it; use nodeSelector kubernetes.io/os',
  hostUsers: 'the environment has no field for it',
  schedulingGates: 'the environment has no field for it',
  resourceClaims: 'the environment has no field for it',
  resources: 'pod-level resources are not supported; set resources on run.container',
};

/** Pod security context fields that the container-type security context of Polyaxon cannot hold. */
export const POD_SECURITY_DROPPED: Readonly<Record<string, string>> = {
  fsGroup: 'pod-only; Polyaxon rejects it in environment.securityContext (a container SecurityContext)',
  fsGroupChangePolicy: 'pod-only; Polyaxon rejects it in environment.securityContext',
  supplementalGroups: 'pod-only; Polyaxon rejects it in environment.securityContext',
  supplementalGroupsPolicy: 'pod-only; Polyaxon rejects it in environment.securityContext',
  sysctls: 'pod-only; Polyaxon rejects it in environment.securityContext',
  seLinuxChangePolicy: 'pod-only; Polyaxon rejects it in environment.securityContext',
};

/** Fields of a pod spec that an environment holds under the same name (all but its metadata). */
export const CARRIED_SPEC_FIELDS: readonly string[] = ENVIRONMENT_FIELD_NAMES.filter(
  (name) => name !== 'labels' && name !== 'annotations',
);
