// Help texts of the schemas in src/schema/polyaxon/cleaner.ts, as plain data (see docNode.ts):
// the schemas take their titles and descriptions from these nodes; the form reads them without Zod.
import type { DocNode } from './docNode';
import { resourceRequirementsDoc } from './resources';
import { affinityDoc } from './affinity';
import { tolerationDoc } from './toleration';

const UNSURE = 'Whether Polyaxon applies it to the cleaner job could not be confirmed.';

export const cleanerDoc = {
  title: 'Cleaner',
  description:
    'The helper job Polyaxon schedules to delete the artifacts of a deleted run: its image, resources and scheduling.',
  fields: {
    image: {
      title: 'Image',
      description:
        'Container image of the cleaner, without tag or digest: the tag comes from imageTag. Defaults to ' +
        'polyaxon/polyaxon-init.',
    },
    imageTag: {
      title: 'Image tag',
      description:
        'Tag of the image, as a string: quote numeric tags such as "1.2". Defaults to the Polyaxon version.',
    },
    imagePullPolicy: {
      title: 'Image pull policy',
      description: 'When the image is pulled: Always, IfNotPresent (the default) or Never. Case-sensitive.',
    },
    resources: {
      title: 'Resources',
      description:
        'Requests and limits of the cleaner container. When given, they replace the defaults entirely ' +
        '(requests cpu 0.1, memory 80Mi; limits cpu 0.5, memory 1000Mi).',
      of: resourceRequirementsDoc,
    },
    nodeSelector: {
      title: 'Node selector',
      description: `Node labels the cleaner requires. Values must be strings: quote true or 1. ${UNSURE}`,
      values: { title: 'Node label value', description: 'The value the node label must have, a string.' },
    },
    affinity: {
      title: 'Affinity',
      description: `Node and pod affinity rules for the cleaner. Polyaxon checks only the first-level keys. ${UNSURE}`,
      of: affinityDoc,
    },
    tolerations: {
      title: 'Tolerations',
      description: `A list of taints the cleaner tolerates. Must be a list, even for one entry. ${UNSURE}`,
      items: tolerationDoc,
    },
    imagePullSecrets: {
      title: 'Image pull secrets',
      description: `Names of secrets holding registry credentials, as plain strings. ${UNSURE}`,
      items: {},
    },
    hpa: {
      title: 'Autoscaling',
      description:
        'Horizontal autoscaling settings inherited from the service config. Accepted as is but meaningless for the cleaner.',
    },
  },
} satisfies DocNode;
