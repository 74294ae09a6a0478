import { z } from 'zod';
import { doc, field } from './field';
import { affinitySchema } from './k8s/affinity';
import { int32Schema, localObjectReferenceSchema } from './k8s/common';
import { hostAliasSchema, podDnsConfigSchema } from './k8s/dns';
import { dnsPolicySchema, podRestartPolicySchema } from './k8s/policies';
import { podSecurityContextSchema } from './k8s/securityContext';
import { tolerationSchema } from './k8s/toleration';

const labelValue = doc(
  z.string(),
  'Label value',
  'At most 63 characters: letters, digits, -, _ and ., starting and ending with a letter or digit; may be empty.',
);

/** The labels and annotations of an ObjectMeta, the only metadata fields we judge. */
export const objectMetaSchema = doc(
  z.object({
    labels: field(
      z.record(z.string(), labelValue),
      'Labels',
      'Identifying key/value pairs used by selectors. Keys are qualified names; values are short label values.',
    ),
    annotations: field(
      z.record(
        z.string(),
        doc(z.string(), 'Annotation value', 'Any string; all annotations together are limited to 256 KiB.'),
      ),
      'Annotations',
      'Free-form, non-identifying metadata for tools and people.',
    ),
  }),
  'Object metadata',
  'Metadata of a Kubernetes object; only labels and annotations are checked here.',
);

/** The fields of a Kubernetes PodSpec that overlap a Polyaxon environment. */
export const podSpecSchema = doc(
  z.object({
    nodeSelector: field(
      z.record(z.string(), labelValue),
      'Node selector',
      'Node labels the pod requires: it only runs on nodes that have every one of these labels with these values.',
    ),
    affinity: field(affinitySchema, 'Affinity', 'Node and pod affinity rules for scheduling.'),
    tolerations: field(
      z.array(tolerationSchema),
      'Tolerations',
      'Taints the pod tolerates, so it may run on nodes that carry them.',
    ),
    nodeName: field(
      z.string(),
      'Node name',
      'Runs the pod on this node, bypassing the scheduler. A DNS subdomain name.',
    ),
    serviceAccountName: field(
      z.string(),
      'Service account',
      "Service account the pod runs as; it must exist in the namespace. Defaults to 'default'.",
    ),
    hostAliases: field(z.array(hostAliasSchema), 'Host aliases', "Extra entries for the pod's /etc/hosts."),
    securityContext: field(
      podSecurityContextSchema,
      'Security context',
      'Pod-level security settings shared by all containers (user, groups, seccomp, SELinux, sysctls...).',
    ),
    imagePullSecrets: field(
      z.array(localObjectReferenceSchema),
      'Image pull secrets',
      'Secrets in the same namespace with registry credentials, each written as {name: ...}.',
    ),
    hostNetwork: field(
      z.boolean(),
      'Host network',
      "Uses the node's network namespace. Pair it with dnsPolicy ClusterFirstWithHostNet to keep cluster DNS.",
    ),
    hostPID: field(z.boolean(), 'Host PID', "Shares the node's process ID namespace with the containers."),
    hostIPC: field(z.boolean(), 'Host IPC', "Shares the node's IPC namespace with the containers."),
    dnsPolicy: field(
      dnsPolicySchema,
      'DNS policy',
      "Where the pod gets its DNS settings: ClusterFirst (the default), ClusterFirstWithHostNet, Default (the node's) or None.",
    ),
    dnsConfig: field(
      podDnsConfigSchema,
      'DNS config',
      'Extra nameservers, search domains and resolver options.',
    ),
    schedulerName: field(
      z.string(),
      'Scheduler name',
      'Scheduler that places the pod; the default scheduler when unset.',
    ),
    priorityClassName: field(
      z.string(),
      'Priority class',
      'Name of an existing PriorityClass; it sets the priority of the pod.',
    ),
    priority: field(
      int32Schema,
      'Priority',
      'Pod priority, normally filled in from the priority class; a different explicit value is rejected.',
    ),
    restartPolicy: field(
      podRestartPolicySchema,
      'Restart policy',
      'When containers are restarted: Always (the default), OnFailure or Never. Jobs allow only OnFailure and Never.',
    ),
  }),
  'Pod spec',
  'The scheduling, identity, security and DNS fields of a Kubernetes pod spec.',
);

/**
 * Every other field of a Kubernetes PodSpec (core/v1): accepted in a manifest without being
 * judged. Includes recent additions (hostnameOverride, workloadRef, ...).
 */
export const POD_SPEC_OTHER_FIELDS: readonly string[] = [
  'volumes',
  'initContainers',
  'containers',
  'ephemeralContainers',
  'terminationGracePeriodSeconds',
  'activeDeadlineSeconds',
  'serviceAccount',
  'automountServiceAccountToken',
  'shareProcessNamespace',
  'hostname',
  'subdomain',
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
