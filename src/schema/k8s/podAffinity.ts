import { z } from 'zod';
import { doc, field } from '../field';
import { int32Schema, stringListSchema } from './common';
import { labelSelectorSchema } from './labelSelector';
import {
  podAffinityDoc,
  podAffinityTermDoc,
  podAntiAffinityDoc,
  weightedPodAffinityTermDoc,
} from '../docs/podAffinity';

/** A PodAffinityTerm: which pods, in which namespaces, within which topology domain. */
export const podAffinityTermSchema = doc(
  z.object({
    labelSelector: field(labelSelectorSchema, podAffinityTermDoc.fields.labelSelector),
    namespaces: field(stringListSchema, podAffinityTermDoc.fields.namespaces),
    topologyKey: field(z.string(), podAffinityTermDoc.fields.topologyKey),
    namespaceSelector: field(labelSelectorSchema, podAffinityTermDoc.fields.namespaceSelector),
    matchLabelKeys: field(stringListSchema, podAffinityTermDoc.fields.matchLabelKeys),
    mismatchLabelKeys: field(stringListSchema, podAffinityTermDoc.fields.mismatchLabelKeys),
  }),
  podAffinityTermDoc,
);

/** A WeightedPodAffinityTerm: a pod affinity term with a weight. */
export const weightedPodAffinityTermSchema = doc(
  z.object({
    weight: field(int32Schema, weightedPodAffinityTermDoc.fields.weight),
    podAffinityTerm: field(podAffinityTermSchema, weightedPodAffinityTermDoc.fields.podAffinityTerm),
  }),
  weightedPodAffinityTermDoc,
);

/** PodAffinity: run near pods that match. */
export const podAffinitySchema = doc(
  z.object({
    requiredDuringSchedulingIgnoredDuringExecution: field(
      z.array(podAffinityTermSchema),
      podAffinityDoc.fields.requiredDuringSchedulingIgnoredDuringExecution,
    ),
    preferredDuringSchedulingIgnoredDuringExecution: field(
      z.array(weightedPodAffinityTermSchema),
      podAffinityDoc.fields.preferredDuringSchedulingIgnoredDuringExecution,
    ),
  }),
  podAffinityDoc,
);

/** PodAntiAffinity: keep away from pods that match. */
export const podAntiAffinitySchema = doc(
  z.object({
    requiredDuringSchedulingIgnoredDuringExecution: field(
      z.array(podAffinityTermSchema),
      podAntiAffinityDoc.fields.requiredDuringSchedulingIgnoredDuringExecution,
    ),
    preferredDuringSchedulingIgnoredDuringExecution: field(
      z.array(weightedPodAffinityTermSchema),
      podAntiAffinityDoc.fields.preferredDuringSchedulingIgnoredDuringExecution,
    ),
  }),
  podAntiAffinityDoc,
);
