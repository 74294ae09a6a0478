// Help texts of the schemas in src/schema/podSpec.ts, as plain data (see docNode.ts):
// the schemas take their titles and descriptions from these nodes; the form reads them without Zod.
import type { DocNode } from './docNode';
import { affinityDoc } from './affinity';
import { tolerationDoc } from './toleration';
import { hostAliasDoc, podDnsConfigDoc } from './dns';
import { podSecurityContextDoc } from './securityContext';
import { localObjectReferenceDoc } from './common';

/** A label value (of labels and the node selector). */
export const labelValueDoc = {
  title: 'Label value',
  description:
    'At most 63 characters: letters, digits, -, _ and ., starting and ending with a letter or digit; may be empty.',
} satisfies DocNode;

export const objectMetaDoc = {
  title: 'Object metadata',
  description: 'Metadata of a Kubernetes object; only labels and annotations are checked here.',
  fields: {
    labels: {
      title: 'Labels',
      description:
        'Identifying key/value pairs used by selectors. Keys are qualified names; values are short label values.',
      values: labelValueDoc,
    },
    annotations: {
      title: 'Annotations',
      description: 'Free-form, non-identifying metadata for tools and people.',
      values: {
        title: 'Annotation value',
        description: 'Any string; all annotations together are limited to 256 KiB.',
      },
    },
  },
} satisfies DocNode;

export const podSpecDoc = {
  title: 'Pod spec',
  description: 'The scheduling, identity, security and DNS fields of a Kubernetes pod spec.',
  fields: {
    nodeSelector: {
      title: 'Node selector',
      description:
        'Node labels the pod requires: it only runs on nodes that have every one of these labels with these values.',
      values: labelValueDoc,
    },
    affinity: {
      title: 'Affinity',
      description: 'Node and pod affinity rules for scheduling.',
      of: affinityDoc,
    },
    tolerations: {
      title: 'Tolerations',
      description: 'Taints the pod tolerates, so it may run on nodes that carry them.',
      items: tolerationDoc,
    },
    nodeName: {
      title: 'Node name',
      description: 'Runs the pod on this node, bypassing the scheduler. A DNS subdomain name.',
    },
    serviceAccountName: {
      title: 'Service account',
      description: "Service account the pod runs as; it must exist in the namespace. Defaults to 'default'.",
    },
    hostAliases: {
      title: 'Host aliases',
      description: "Extra entries for the pod's /etc/hosts.",
      items: hostAliasDoc,
    },
    securityContext: {
      title: 'Security context',
      description:
        'Pod-level security settings shared by all containers (user, groups, seccomp, SELinux, sysctls...).',
      of: podSecurityContextDoc,
    },
    imagePullSecrets: {
      title: 'Image pull secrets',
      description: 'Secrets in the same namespace with registry credentials, each written as {name: ...}.',
      items: localObjectReferenceDoc,
    },
    hostNetwork: {
      title: 'Host network',
      description:
        "Uses the node's network namespace. Pair it with dnsPolicy ClusterFirstWithHostNet to keep cluster DNS.",
    },
    hostPID: {
      title: 'Host PID',
      description: "Shares the node's process ID namespace with the containers.",
    },
    hostIPC: { title: 'Host IPC', description: "Shares the node's IPC namespace with the containers." },
    dnsPolicy: {
      title: 'DNS policy',
      description:
        "Where the pod gets its DNS settings: ClusterFirst (the default), ClusterFirstWithHostNet, Default (the node's) or None.",
    },
    dnsConfig: {
      title: 'DNS config',
      description: 'Extra nameservers, search domains and resolver options.',
      of: podDnsConfigDoc,
    },
    schedulerName: {
      title: 'Scheduler name',
      description: 'Scheduler that places the pod; the default scheduler when unset.',
    },
    priorityClassName: {
      title: 'Priority class',
      description: 'Name of an existing PriorityClass; it sets the priority of the pod.',
    },
    priority: {
      title: 'Priority',
      description:
        'Pod priority, normally filled in from the priority class; a different explicit value is rejected.',
    },
    restartPolicy: {
      title: 'Restart policy',
      description:
        'When containers are restarted: Always (the default), OnFailure or Never. Jobs allow only OnFailure and Never.',
    },
  },
} satisfies DocNode;
