// Help texts of the schemas in src/schema/polyaxon/environment.ts, as plain data (see docNode.ts):
// the schemas take their titles and descriptions from these nodes; the form reads them without Zod.
import type { DocNode } from './docNode';
import { affinityDoc } from './affinity';
import { tolerationDoc } from './toleration';
import { hostAliasDoc, podDnsConfigDoc } from './dns';
import { securityContextDoc } from './securityContext';

/** A mapping whose values Polyaxon turns into strings: the texts of its values. */
const genericValue = (title: string, what: string) => ({
  values: {
    title,
    description: `The ${what}, a string. Polyaxon turns numbers and booleans into text; quote them.`,
  },
});

const K8S_TOP =
  'Polyaxon checks only the keys of the first level; deeper keys are sent as written, so use camelCase there.';

export const environmentDoc = {
  title: 'Environment',
  description:
    'How Polyaxon shapes the Kubernetes pod of a run: metadata, scheduling, identity, networking and DNS.',
  fields: {
    labels: {
      title: 'Labels',
      description:
        "Labels added to the run's pods. Keys are qualified names; values are at most 63 characters. " +
        "Polyaxon's own app.kubernetes.io/* labels take precedence.",
      ...genericValue('Label value', 'label value'),
    },
    annotations: {
      title: 'Annotations',
      description:
        "Annotations added to the run's pods: free-form metadata for tools. Values are strings of any length.",
      ...genericValue('Annotation value', 'annotation value'),
    },
    nodeSelector: {
      title: 'Node selector',
      description:
        'Node labels the pod requires: it only runs on nodes that have every one of these labels with these values.',
      ...genericValue('Node label value', 'value the node label must have'),
    },
    affinity: {
      title: 'Affinity',
      description: `Node and pod affinity rules for scheduling: nodeAffinity, podAffinity, podAntiAffinity. ${K8S_TOP}`,
      of: affinityDoc,
    },
    tolerations: {
      title: 'Tolerations',
      description:
        'A list of taints the pod tolerates, so it may run on nodes that carry them. Must be a list, even for one entry.',
      items: tolerationDoc,
    },
    nodeName: {
      title: 'Node name',
      description:
        'Runs the pod on this node, bypassing the scheduler. The pod fails if the node is missing or full; ' +
        'prefer nodeSelector or affinity.',
    },
    serviceAccountName: {
      title: 'Service account',
      description:
        "Service account the pod runs as; it must exist in the namespace. When empty, the agent's default " +
        'service account for runs is used.',
    },
    hostAliases: {
      title: 'Host aliases',
      description: "Extra entries for the pod's /etc/hosts. A list of {ip, hostnames}; ip is required.",
      items: hostAliasDoc,
    },
    securityContext: {
      title: 'Security context',
      description:
        'Checked by Polyaxon as a container security context but applied to the pod, so privileged, ' +
        'capabilities, allowPrivilegeEscalation, procMount and readOnlyRootFilesystem have no effect, ' +
        'and pod-only fields such as fsGroup are rejected.',
      of: securityContextDoc,
    },
    imagePullSecrets: {
      title: 'Image pull secrets',
      description:
        'Names of secrets holding registry credentials, as plain strings (["regcred"], not [{name: regcred}]).',
      items: {},
    },
    hostNetwork: {
      title: 'Host network',
      description:
        "Uses the node's network namespace: the pod sees the node's interfaces and ports. Pair it with " +
        'dnsPolicy ClusterFirstWithHostNet to keep cluster DNS.',
    },
    hostPID: {
      title: 'Host PID',
      description:
        "Shares the node's process ID namespace with the containers. Polyaxon currently sends this value " +
        'as a string, which the cluster may reject; best left unset.',
    },
    dnsPolicy: {
      title: 'DNS policy',
      description:
        'Where the pod gets its DNS settings: ClusterFirst (the default), ClusterFirstWithHostNet, ' +
        "Default (the node's) or None (only dnsConfig). Case-sensitive.",
    },
    dnsConfig: {
      title: 'DNS config',
      description:
        'Extra nameservers, search domains and resolver options. Give at least one key: Polyaxon rejects an empty {}.',
      of: podDnsConfigDoc,
    },
    schedulerName: {
      title: 'Scheduler name',
      description:
        'Scheduler that places the pod; the default scheduler when unset. A name no scheduler answers to ' +
        'leaves the pod Pending.',
    },
    priorityClassName: {
      title: 'Priority class',
      description:
        'Name of an existing PriorityClass; it sets the priority of the pod, which decides preemption.',
    },
    priority: {
      title: 'Priority',
      description:
        'Explicit pod priority. The priority admission plugin rejects a value that differs from the one ' +
        'of the priority class; prefer priorityClassName.',
    },
    restartPolicy: {
      title: 'Restart policy',
      description:
        'When containers are restarted: Never or OnFailure for jobs, Always for services, ExitCode only ' +
        'for Kubeflow replicas. Case-sensitive.',
    },
  },
} satisfies DocNode;
