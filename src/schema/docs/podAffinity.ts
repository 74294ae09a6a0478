// Help texts of the schemas in src/schema/k8s/podAffinity.ts, as plain data (see docNode.ts):
// the schemas take their titles and descriptions from these nodes; the form reads them without Zod.
import type { DocNode } from './docNode';
import { labelSelectorDoc } from './labelSelector';

export const podAffinityTermDoc = {
  title: 'Pod affinity term',
  description:
    'Describes a group of pods (by labels and namespaces) and the topology domain in which this pod ' +
    'must, or must not, run alongside them.',
  fields: {
    labelSelector: {
      title: 'Label selector',
      description: 'The pods this term is about. If left out, the term matches no pod.',
      of: labelSelectorDoc,
    },
    namespaces: {
      title: 'Namespaces',
      description:
        'Namespaces in which to look for the selected pods, added to those chosen by namespaceSelector. ' +
        "When neither is given, the pod's own namespace is used.",
      items: {},
    },
    topologyKey: {
      title: 'Topology key',
      description:
        'Node label that defines a domain (e.g. kubernetes.io/hostname or topology.kubernetes.io/zone): ' +
        'the rule compares pods that run in the same domain. Required and must not be empty.',
    },
    namespaceSelector: {
      title: 'Namespace selector',
      description:
        'Selects namespaces by their labels, in addition to the listed namespaces. An empty selector ({}) ' +
        'means every namespace.',
      of: labelSelectorDoc,
    },
    matchLabelKeys: {
      title: 'Match label keys',
      description:
        "Label keys whose values are taken from the incoming pod and added to labelSelector as 'key In (value)'. " +
        'Only allowed with labelSelector, and not for keys that also appear in labelSelector.',
      items: {},
    },
    mismatchLabelKeys: {
      title: 'Mismatch label keys',
      description:
        "Label keys whose values are taken from the incoming pod and added to labelSelector as 'key NotIn (value)'. " +
        'Only allowed with labelSelector; a key must not be in both lists.',
      items: {},
    },
  },
} satisfies DocNode;

export const weightedPodAffinityTermDoc = {
  title: 'Weighted pod affinity term',
  description: 'A soft rule: nodes that satisfy the term get the weight added to their score.',
  fields: {
    weight: {
      title: 'Weight',
      description: 'How much nodes that satisfy the term are favoured, from 1 to 100. Required.',
    },
    podAffinityTerm: {
      title: 'Pod affinity term',
      description: 'The term to satisfy. Required; its topologyKey is required here too.',
      of: podAffinityTermDoc,
    },
  },
} satisfies DocNode;

export const podAffinityDoc = {
  title: 'Pod affinity',
  description: 'Schedules the pod in the same topology domain (node, zone, ...) as other pods that match.',
  fields: {
    requiredDuringSchedulingIgnoredDuringExecution: {
      title: 'Required pod affinity',
      description:
        'Terms that must all hold: the pod is only scheduled in a domain that already runs matching pods.',
      items: podAffinityTermDoc,
    },
    preferredDuringSchedulingIgnoredDuringExecution: {
      title: 'Preferred pod affinity',
      description:
        'Weighted preferences for domains that run matching pods; the scheduler may still pick others.',
      items: weightedPodAffinityTermDoc,
    },
  },
} satisfies DocNode;

export const podAntiAffinityDoc = {
  title: 'Pod anti-affinity',
  description:
    'Keeps the pod out of topology domains (node, zone, ...) that run other pods that match, e.g. to ' +
    'spread replicas.',
  fields: {
    requiredDuringSchedulingIgnoredDuringExecution: {
      title: 'Required pod anti-affinity',
      description:
        'Terms that must all hold: the pod is never scheduled in a domain that runs matching pods.',
      items: podAffinityTermDoc,
    },
    preferredDuringSchedulingIgnoredDuringExecution: {
      title: 'Preferred pod anti-affinity',
      description:
        'Weighted preferences for domains without matching pods; the scheduler may still pick others.',
      items: weightedPodAffinityTermDoc,
    },
  },
} satisfies DocNode;
