// Help texts of the schemas in src/schema/k8s/affinity.ts, as plain data (see docNode.ts):
// the schemas take their titles and descriptions from these nodes; the form reads them without Zod.
import type { DocNode } from './docNode';
import { nodeAffinityDoc } from './nodeAffinity';
import { podAffinityDoc, podAntiAffinityDoc } from './podAffinity';

export const affinityDoc = {
  title: 'Affinity',
  description:
    'Scheduling constraints, hard (required...) or soft (preferred...), based on node labels and on ' +
    'the pods already running. Keys below this level must be written in camelCase.',
  fields: {
    nodeAffinity: {
      title: 'Node affinity',
      description: 'Rules on node labels that decide, or influence, which nodes the pod may run on.',
      of: nodeAffinityDoc,
    },
    podAffinity: {
      title: 'Pod affinity',
      description: 'Rules that place the pod in the same node, zone or other domain as pods that match.',
      of: podAffinityDoc,
    },
    podAntiAffinity: {
      title: 'Pod anti-affinity',
      description: 'Rules that keep the pod away from domains that run pods that match.',
      of: podAntiAffinityDoc,
    },
  },
} satisfies DocNode;
