import { z } from 'zod';
import { doc, field } from '../field';
import { quantitySchema } from './common';

/** A map from resource name (cpu, memory, nvidia.com/gpu, ...) to quantity. */
export const resourceListSchema = z.record(z.string(), quantitySchema);

/** ResourceClaim: a use of one of the pod's dynamic resource claims. */
export const resourceClaimSchema = doc(
  z.object({
    name: field(
      z.string(),
      'Name',
      "Name of an entry of the pod's resourceClaims that the container may use. Required.",
    ),
    request: field(
      z.string(),
      'Request',
      'Name of one request inside that claim, to use only that part of it.',
    ),
  }),
  'Resource claim',
  'Gives the container access to a dynamically allocated resource claimed by the pod.',
);

/** ResourceRequirements: requests, limits and claims of a container. */
export const resourceRequirementsSchema = doc(
  z.object({
    requests: field(
      resourceListSchema,
      'Requests',
      'Resources reserved for the container when it is scheduled, e.g. cpu: "100m", memory: "64Mi". ' +
        'Each must not exceed the matching limit; when left out, it defaults to the limit.',
    ),
    limits: field(
      resourceListSchema,
      'Limits',
      'Most the container may use: CPU is throttled above it, and going over the memory limit gets the ' +
        'container killed.',
    ),
    claims: field(
      z.array(resourceClaimSchema),
      'Claims',
      "Dynamic resource claims of the pod that the container uses. Each must name an entry of the pod's resourceClaims.",
    ),
  }),
  'Resource requirements',
  'Compute resources of the container: requests (reserved) and limits (ceiling). Resource names go ' +
    'under requests: or limits:, never directly here.',
);
