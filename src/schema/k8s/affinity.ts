import { z } from 'zod';
import { doc, field } from '../field';
import { nodeAffinitySchema } from './nodeAffinity';
import { podAffinitySchema, podAntiAffinitySchema } from './podAffinity';

/** Affinity: the pod's node affinity, pod affinity and pod anti-affinity rules. */
export const affinitySchema = doc(
  z.object({
    nodeAffinity: field(
      nodeAffinitySchema,
      'Node affinity',
      'Rules on node labels that decide, or influence, which nodes the pod may run on.',
    ),
    podAffinity: field(
      podAffinitySchema,
      'Pod affinity',
      'Rules that place the pod in the same node, zone or other domain as pods that match.',
    ),
    podAntiAffinity: field(
      podAntiAffinitySchema,
      'Pod anti-affinity',
      'Rules that keep the pod away from domains that run pods that match.',
    ),
  }),
  'Affinity',
  'Scheduling constraints, hard (required...) or soft (preferred...), based on node labels and on ' +
    'the pods already running. Keys below this level must be written in camelCase.',
);
