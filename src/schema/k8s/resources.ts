import { z } from 'zod';
import { doc, field } from '../field';
import { quantitySchema } from './common';
import { resourceClaimDoc, resourceRequirementsDoc } from '../docs/resources';

/** A map from resource name (cpu, memory, nvidia.com/gpu, ...) to quantity. */
export const resourceListSchema = z.record(z.string(), quantitySchema);

/** ResourceClaim: a use of one of the pod's dynamic resource claims. */
export const resourceClaimSchema = doc(
  z.object({
    name: field(z.string(), resourceClaimDoc.fields.name),
    request: field(z.string(), resourceClaimDoc.fields.request),
  }),
  resourceClaimDoc,
);

/** ResourceRequirements: requests, limits and claims of a container. */
export const resourceRequirementsSchema = doc(
  z.object({
    requests: field(resourceListSchema, resourceRequirementsDoc.fields.requests),
    limits: field(resourceListSchema, resourceRequirementsDoc.fields.limits),
    claims: field(z.array(resourceClaimSchema), resourceRequirementsDoc.fields.claims),
  }),
  resourceRequirementsDoc,
);
