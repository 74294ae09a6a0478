import { z } from 'zod';
import { doc } from '../field';
import { affinitySchema } from '../k8s/affinity';
import { int32Schema, stringListSchema } from '../k8s/common';
import { hostAliasSchema, podDnsConfigSchema } from '../k8s/dns';
import { dnsPolicySchema } from '../k8s/policies';
import { securityContextSchema } from '../k8s/securityContext';
import { tolerationSchema } from '../k8s/toleration';
import { pxField } from './pxField';

/** Restart policies Polyaxon accepts in an environment (ExitCode is for Kubeflow replicas). */
export const environmentRestartPolicySchema = z.enum(['Always', 'OnFailure', 'Never', 'ExitCode']);

const genericValue = (title: string, what: string) =>
  z.record(
    z.string(),
    doc(
      z.string(),
      title,
      `The ${what}, a string. Polyaxon turns numbers and booleans into text; quote them.`,
    ),
  );

const K8S_TOP =
  'Polyaxon checks only the keys of the first level; deeper keys are sent as written, so use camelCase there.';

/** V1Environment: how Polyaxon shapes the pod of a run. */
export const environmentSchema = doc(
  z.object({
    labels: pxField(
      genericValue('Label value', 'label value'),
      'Labels',
      "Labels added to the run's pods. Keys are qualified names; values are at most 63 characters. " +
        "Polyaxon's own app.kubernetes.io/* labels take precedence.",
      { reading: 'genericStrMap', pyName: 'labels' },
    ),
    annotations: pxField(
      genericValue('Annotation value', 'annotation value'),
      'Annotations',
      "Annotations added to the run's pods: free-form metadata for tools. Values are strings of any length.",
      { reading: 'genericStrMap', pyName: 'annotations' },
    ),
    nodeSelector: pxField(
      genericValue('Node label value', 'value the node label must have'),
      'Node selector',
      'Node labels the pod requires: it only runs on nodes that have every one of these labels with these values.',
      { reading: 'genericStrMap', pyName: 'node_selector' },
    ),
    affinity: pxField(
      affinitySchema,
      'Affinity',
      `Node and pod affinity rules for scheduling: nodeAffinity, podAffinity, podAntiAffinity. ${K8S_TOP}`,
      { reading: 'k8sObject', pyName: 'affinity' },
    ),
    tolerations: pxField(
      z.array(tolerationSchema),
      'Tolerations',
      'A list of taints the pod tolerates, so it may run on nodes that carry them. Must be a list, even for one entry.',
      { reading: 'k8sList', pyName: 'tolerations' },
    ),
    nodeName: pxField(
      z.string(),
      'Node name',
      'Runs the pod on this node, bypassing the scheduler. The pod fails if the node is missing or full; ' +
        'prefer nodeSelector or affinity.',
      { reading: 'strictStr', pyName: 'node_name' },
    ),
    serviceAccountName: pxField(
      z.string(),
      'Service account',
      "Service account the pod runs as; it must exist in the namespace. When empty, the agent's default " +
        'service account for runs is used.',
      { reading: 'strictStr', pyName: 'service_account_name' },
    ),
    hostAliases: pxField(
      z.array(hostAliasSchema),
      'Host aliases',
      "Extra entries for the pod's /etc/hosts. A list of {ip, hostnames}; ip is required.",
      { reading: 'k8sList', pyName: 'host_aliases' },
    ),
    securityContext: pxField(
      securityContextSchema,
      'Security context',
      'Checked by Polyaxon as a container security context but applied to the pod, so privileged, ' +
        'capabilities, allowPrivilegeEscalation, procMount and readOnlyRootFilesystem have no effect, ' +
        'and pod-only fields such as fsGroup are rejected.',
      { reading: 'k8sObject', pyName: 'security_context' },
    ),
    imagePullSecrets: pxField(
      stringListSchema,
      'Image pull secrets',
      'Names of secrets holding registry credentials, as plain strings (["regcred"], not [{name: regcred}]).',
      { reading: 'strList', pyName: 'image_pull_secrets' },
    ),
    hostNetwork: pxField(
      z.boolean(),
      'Host network',
      "Uses the node's network namespace: the pod sees the node's interfaces and ports. Pair it with " +
        'dnsPolicy ClusterFirstWithHostNet to keep cluster DNS.',
      { reading: 'laxBool', pyName: 'host_network' },
    ),
    hostPID: pxField(
      z.boolean(),
      'Host PID',
      "Shares the node's process ID namespace with the containers. Polyaxon currently sends this value " +
        'as a string, which the cluster may reject; best left unset.',
      { reading: 'laxBool', pyName: 'host_pid' },
    ),
    dnsPolicy: pxField(
      dnsPolicySchema,
      'DNS policy',
      'Where the pod gets its DNS settings: ClusterFirst (the default), ClusterFirstWithHostNet, ' +
        "Default (the node's) or None (only dnsConfig). Case-sensitive.",
      { reading: 'strictStr', pyName: 'dns_policy' },
    ),
    dnsConfig: pxField(
      podDnsConfigSchema,
      'DNS config',
      'Extra nameservers, search domains and resolver options. Give at least one key: Polyaxon rejects an empty {}.',
      { reading: 'k8sObject', pyName: 'dns_config', rejectsEmpty: true },
    ),
    schedulerName: pxField(
      z.string(),
      'Scheduler name',
      'Scheduler that places the pod; the default scheduler when unset. A name no scheduler answers to ' +
        'leaves the pod Pending.',
      { reading: 'strictStr', pyName: 'scheduler_name' },
    ),
    priorityClassName: pxField(
      z.string(),
      'Priority class',
      'Name of an existing PriorityClass; it sets the priority of the pod, which decides preemption.',
      { reading: 'strictStr', pyName: 'priority_class_name' },
    ),
    priority: pxField(
      int32Schema,
      'Priority',
      'Explicit pod priority. The priority admission plugin rejects a value that differs from the one ' +
        'of the priority class; prefer priorityClassName.',
      { reading: 'laxInt', pyName: 'priority' },
    ),
    restartPolicy: pxField(
      environmentRestartPolicySchema,
      'Restart policy',
      'When containers are restarted: Never or OnFailure for jobs, Always for services, ExitCode only ' +
        'for Kubeflow replicas. Case-sensitive.',
      { reading: 'literal', pyName: 'restart_policy' },
    ),
  }),
  'Environment',
  'How Polyaxon shapes the Kubernetes pod of a run: metadata, scheduling, identity, networking and DNS.',
);
