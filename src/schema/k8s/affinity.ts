import { z } from 'zod';
import { doc, field } from '../field';
import { nodeAffinitySchema } from './nodeAffinity';
import { podAffinitySchema, podAntiAffinitySchema } from './podAffinity';
import { affinityDoc } from '../docs/affinity';

/** Affinity: the pod's node affinity, pod affinity and pod anti-affinity rules. */
export const affinitySchema = doc(
  z.object({
    nodeAffinity: field(nodeAffinitySchema, affinityDoc.fields.nodeAffinity),
    podAffinity: field(podAffinitySchema, affinityDoc.fields.podAffinity),
    podAntiAffinity: field(podAntiAffinitySchema, affinityDoc.fields.podAntiAffinity),
  }),
  affinityDoc,
);
