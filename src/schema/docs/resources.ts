// Help texts of the schemas in src/schema/k8s/resources.ts, as plain data (see docNode.ts):
// the schemas take their titles and descriptions from these nodes; the form reads them without Zod.
import type { DocNode } from './docNode';
import { quantityDoc } from './common';

export const resourceClaimDoc = {
  title: 'Resource claim',
  description: 'Gives the container access to a dynamically allocated resource claimed by the pod.',
  fields: {
    name: {
      title: 'Name',
      description: "Name of an entry of the pod's resourceClaims that the container may use. Required.",
    },
    request: {
      title: 'Request',
      description: 'Name of one request inside that claim, to use only that part of it.',
    },
  },
} satisfies DocNode;

export const resourceRequirementsDoc = {
  title: 'Resource requirements',
  description:
    'Compute resources of the container: requests (reserved) and limits (ceiling). Resource names go ' +
    'under requests: or limits:, never directly here.',
  fields: {
    requests: {
      title: 'Requests',
      description:
        'Resources reserved for the container when it is scheduled, e.g. cpu: "100m", memory: "64Mi". ' +
        'Each must not exceed the matching limit; when left out, it defaults to the limit.',
      values: quantityDoc,
    },
    limits: {
      title: 'Limits',
      description:
        'Most the container may use: CPU is throttled above it, and going over the memory limit gets the ' +
        'container killed.',
      values: quantityDoc,
    },
    claims: {
      title: 'Claims',
      description:
        "Dynamic resource claims of the pod that the container uses. Each must name an entry of the pod's resourceClaims.",
      items: resourceClaimDoc,
    },
  },
} satisfies DocNode;
