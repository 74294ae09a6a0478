import { z } from 'zod';
import { doc, field } from './field';
import { affinitySchema } from './k8s/affinity';
import { int32Schema, localObjectReferenceSchema } from './k8s/common';
import { hostAliasSchema, podDnsConfigSchema } from './k8s/dns';
import { dnsPolicySchema, podRestartPolicySchema } from './k8s/policies';
import { podSecurityContextSchema } from './k8s/securityContext';
import { tolerationSchema } from './k8s/toleration';
import { labelValueDoc, objectMetaDoc, podSpecDoc } from './docs/podSpec';

const labelValue = doc(z.string(), labelValueDoc);

/** The labels and annotations of an ObjectMeta, the only metadata fields we judge. */
export const objectMetaSchema = doc(
  z.object({
    labels: field(z.record(z.string(), labelValue), objectMetaDoc.fields.labels),
    annotations: field(
      z.record(z.string(), doc(z.string(), objectMetaDoc.fields.annotations.values)),
      objectMetaDoc.fields.annotations,
    ),
  }),
  objectMetaDoc,
);

/** The fields of a Kubernetes PodSpec that overlap a Polyaxon environment. */
export const podSpecSchema = doc(
  z.object({
    nodeSelector: field(z.record(z.string(), labelValue), podSpecDoc.fields.nodeSelector),
    affinity: field(affinitySchema, podSpecDoc.fields.affinity),
    tolerations: field(z.array(tolerationSchema), podSpecDoc.fields.tolerations),
    nodeName: field(z.string(), podSpecDoc.fields.nodeName),
    serviceAccountName: field(z.string(), podSpecDoc.fields.serviceAccountName),
    hostAliases: field(z.array(hostAliasSchema), podSpecDoc.fields.hostAliases),
    securityContext: field(podSecurityContextSchema, podSpecDoc.fields.securityContext),
    imagePullSecrets: field(z.array(localObjectReferenceSchema), podSpecDoc.fields.imagePullSecrets),
    hostNetwork: field(z.boolean(), podSpecDoc.fields.hostNetwork),
    hostPID: field(z.boolean(), podSpecDoc.fields.hostPID),
    hostIPC: field(z.boolean(), podSpecDoc.fields.hostIPC),
    dnsPolicy: field(dnsPolicySchema, podSpecDoc.fields.dnsPolicy),
    dnsConfig: field(podDnsConfigSchema, podSpecDoc.fields.dnsConfig),
    schedulerName: field(z.string(), podSpecDoc.fields.schedulerName),
    priorityClassName: field(z.string(), podSpecDoc.fields.priorityClassName),
    priority: field(int32Schema, podSpecDoc.fields.priority),
    restartPolicy: field(podRestartPolicySchema, podSpecDoc.fields.restartPolicy),
  }),
  podSpecDoc,
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
