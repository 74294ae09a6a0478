import { z } from 'zod';
import type { FieldDoc } from '../docs/docNode';
import { doc } from '../field';
import { affinitySchema } from '../k8s/affinity';
import { int32Schema, stringListSchema } from '../k8s/common';
import { hostAliasSchema, podDnsConfigSchema } from '../k8s/dns';
import { dnsPolicySchema } from '../k8s/policies';
import { securityContextSchema } from '../k8s/securityContext';
import { tolerationSchema } from '../k8s/toleration';
import { pxField } from './pxField';
import { environmentDoc } from '../docs/environment';

/** Restart policies Polyaxon accepts in an environment (ExitCode is for Kubeflow replicas). */
export const environmentRestartPolicySchema = z.enum(['Always', 'OnFailure', 'Never', 'ExitCode']);

/** A mapping of strings whose values Polyaxon turns into strings, with the texts of its values. */
const genericValue = (values: FieldDoc) => z.record(z.string(), doc(z.string(), values));

/** V1Environment: how Polyaxon shapes the pod of a run. */
export const environmentSchema = doc(
  z.object({
    labels: pxField(genericValue(environmentDoc.fields.labels.values), environmentDoc.fields.labels, {
      reading: 'genericStrMap',
      pyName: 'labels',
    }),
    annotations: pxField(
      genericValue(environmentDoc.fields.annotations.values),
      environmentDoc.fields.annotations,
      { reading: 'genericStrMap', pyName: 'annotations' },
    ),
    nodeSelector: pxField(
      genericValue(environmentDoc.fields.nodeSelector.values),
      environmentDoc.fields.nodeSelector,
      { reading: 'genericStrMap', pyName: 'node_selector' },
    ),
    affinity: pxField(affinitySchema, environmentDoc.fields.affinity, {
      reading: 'k8sObject',
      pyName: 'affinity',
    }),
    tolerations: pxField(z.array(tolerationSchema), environmentDoc.fields.tolerations, {
      reading: 'k8sList',
      pyName: 'tolerations',
    }),
    nodeName: pxField(z.string(), environmentDoc.fields.nodeName, {
      reading: 'strictStr',
      pyName: 'node_name',
    }),
    serviceAccountName: pxField(z.string(), environmentDoc.fields.serviceAccountName, {
      reading: 'strictStr',
      pyName: 'service_account_name',
    }),
    hostAliases: pxField(z.array(hostAliasSchema), environmentDoc.fields.hostAliases, {
      reading: 'k8sList',
      pyName: 'host_aliases',
    }),
    securityContext: pxField(securityContextSchema, environmentDoc.fields.securityContext, {
      reading: 'k8sObject',
      pyName: 'security_context',
    }),
    imagePullSecrets: pxField(stringListSchema, environmentDoc.fields.imagePullSecrets, {
      reading: 'strList',
      pyName: 'image_pull_secrets',
    }),
    hostNetwork: pxField(z.boolean(), environmentDoc.fields.hostNetwork, {
      reading: 'laxBool',
      pyName: 'host_network',
    }),
    hostPID: pxField(z.boolean(), environmentDoc.fields.hostPID, { reading: 'laxBool', pyName: 'host_pid' }),
    dnsPolicy: pxField(dnsPolicySchema, environmentDoc.fields.dnsPolicy, {
      reading: 'strictStr',
      pyName: 'dns_policy',
    }),
    dnsConfig: pxField(podDnsConfigSchema, environmentDoc.fields.dnsConfig, {
      reading: 'k8sObject',
      pyName: 'dns_config',
      rejectsEmpty: true,
    }),
    schedulerName: pxField(z.string(), environmentDoc.fields.schedulerName, {
      reading: 'strictStr',
      pyName: 'scheduler_name',
    }),
    priorityClassName: pxField(z.string(), environmentDoc.fields.priorityClassName, {
      reading: 'strictStr',
      pyName: 'priority_class_name',
    }),
    priority: pxField(int32Schema, environmentDoc.fields.priority, { reading: 'laxInt', pyName: 'priority' }),
    restartPolicy: pxField(environmentRestartPolicySchema, environmentDoc.fields.restartPolicy, {
      reading: 'literal',
      pyName: 'restart_policy',
    }),
  }),
  environmentDoc,
);
