import { z } from 'zod';
import { doc, field } from '../field';
import { int32Schema, stringListSchema } from './common';
import { labelSelectorSchema } from './labelSelector';

/** A PodAffinityTerm: which pods, in which namespaces, within which topology domain. */
export const podAffinityTermSchema = doc(
  z.object({
    labelSelector: field(
      labelSelectorSchema,
      'Label selector',
      'The pods this term is about. If left out, the term matches no pod.',
    ),
    namespaces: field(
      stringListSchema,
      'Namespaces',
      'Namespaces in which to look for the selected pods, added to those chosen by namespaceSelector. ' +
        "When neither is given, the pod's own namespace is used.",
    ),
    topologyKey: field(
      z.string(),
      'Topology key',
      'Node label that defines a domain (e.g. kubernetes.io/hostname or topology.kubernetes.io/zone): ' +
        'the rule compares pods that run in the same domain. Required and must not be empty.',
    ),
    namespaceSelector: field(
      labelSelectorSchema,
      'Namespace selector',
      'Selects namespaces by their labels, in addition to the listed namespaces. An empty selector ({}) ' +
        'means every namespace.',
    ),
    matchLabelKeys: field(
      stringListSchema,
      'Match label keys',
      "Label keys whose values are taken from the incoming pod and added to labelSelector as 'key In (value)'. " +
        'Only allowed with labelSelector, and not for keys that also appear in labelSelector.',
    ),
    mismatchLabelKeys: field(
      stringListSchema,
      'Mismatch label keys',
      "Label keys whose values are taken from the incoming pod and added to labelSelector as 'key NotIn (value)'. " +
        'Only allowed with labelSelector; a key must not be in both lists.',
    ),
  }),
  'Pod affinity term',
  'Describes a group of pods (by labels and namespaces) and the topology domain in which this pod ' +
    'must, or must not, run alongside them.',
);

/** A WeightedPodAffinityTerm: a pod affinity term with a weight. */
export const weightedPodAffinityTermSchema = doc(
  z.object({
    weight: field(
      int32Schema,
      'Weight',
      'How much nodes that satisfy the term are favoured, from 1 to 100. Required.',
    ),
    podAffinityTerm: field(
      podAffinityTermSchema,
      'Pod affinity term',
      'The term to satisfy. Required; its topologyKey is required here too.',
    ),
  }),
  'Weighted pod affinity term',
  'A soft rule: nodes that satisfy the term get the weight added to their score.',
);

/** PodAffinity: run near pods that match. */
export const podAffinitySchema = doc(
  z.object({
    requiredDuringSchedulingIgnoredDuringExecution: field(
      z.array(podAffinityTermSchema),
      'Required pod affinity',
      'Terms that must all hold: the pod is only scheduled in a domain that already runs matching pods.',
    ),
    preferredDuringSchedulingIgnoredDuringExecution: field(
      z.array(weightedPodAffinityTermSchema),
      'Preferred pod affinity',
      'Weighted preferences for domains that run matching pods; the scheduler may still pick others.',
    ),
  }),
  'Pod affinity',
  'Schedules the pod in the same topology domain (node, zone, ...) as other pods that match.',
);

/** PodAntiAffinity: keep away from pods that match. */
export const podAntiAffinitySchema = doc(
  z.object({
    requiredDuringSchedulingIgnoredDuringExecution: field(
      z.array(podAffinityTermSchema),
      'Required pod anti-affinity',
      'Terms that must all hold: the pod is never scheduled in a domain that runs matching pods.',
    ),
    preferredDuringSchedulingIgnoredDuringExecution: field(
      z.array(weightedPodAffinityTermSchema),
      'Preferred pod anti-affinity',
      'Weighted preferences for domains without matching pods; the scheduler may still pick others.',
    ),
  }),
  'Pod anti-affinity',
  'Keeps the pod out of topology domains (node, zone, ...) that run other pods that match, e.g. to ' +
    'spread replicas.',
);
