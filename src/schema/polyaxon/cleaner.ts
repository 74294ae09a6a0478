import { z } from 'zod';
import { doc } from '../field';
import { affinitySchema } from '../k8s/affinity';
import { stringListSchema } from '../k8s/common';
import { pullPolicySchema } from '../k8s/policies';
import { resourceRequirementsSchema } from '../k8s/resources';
import { tolerationSchema } from '../k8s/toleration';
import { pxField } from './pxField';

const UNSURE = 'Whether Polyaxon applies it to the cleaner job could not be confirmed.';

/** V1PolyaxonCleaner: the helper job that removes a run's artifacts when the run is deleted. */
export const cleanerSchema = doc(
  z.object({
    image: pxField(
      z.string(),
      'Image',
      'Container image of the cleaner, without tag or digest: the tag comes from imageTag. Defaults to ' +
        'polyaxon/polyaxon-init.',
      { reading: 'strictStr', pyName: 'image' },
    ),
    imageTag: pxField(
      z.string(),
      'Image tag',
      'Tag of the image, as a string: quote numeric tags such as "1.2". Defaults to the Polyaxon version.',
      { reading: 'strictStr', pyName: 'image_tag' },
    ),
    imagePullPolicy: pxField(
      pullPolicySchema,
      'Image pull policy',
      'When the image is pulled: Always, IfNotPresent (the default) or Never. Case-sensitive.',
      { reading: 'literal', pyName: 'image_pull_policy' },
    ),
    resources: pxField(
      resourceRequirementsSchema,
      'Resources',
      'Requests and limits of the cleaner container. When given, they replace the defaults entirely ' +
        '(requests cpu 0.1, memory 80Mi; limits cpu 0.5, memory 1000Mi).',
      { reading: 'k8sObject', pyName: 'resources' },
    ),
    nodeSelector: pxField(
      z.record(
        z.string(),
        doc(z.string(), 'Node label value', 'The value the node label must have, a string.'),
      ),
      'Node selector',
      `Node labels the cleaner requires. Values must be strings: quote true or 1. ${UNSURE}`,
      { reading: 'strictStrMap', pyName: 'node_selector' },
    ),
    affinity: pxField(
      affinitySchema,
      'Affinity',
      `Node and pod affinity rules for the cleaner. Polyaxon checks only the first-level keys. ${UNSURE}`,
      { reading: 'k8sObject', pyName: 'affinity' },
    ),
    tolerations: pxField(
      z.array(tolerationSchema),
      'Tolerations',
      `A list of taints the cleaner tolerates. Must be a list, even for one entry. ${UNSURE}`,
      { reading: 'k8sList', pyName: 'tolerations' },
    ),
    imagePullSecrets: pxField(
      stringListSchema,
      'Image pull secrets',
      `Names of secrets holding registry credentials, as plain strings. ${UNSURE}`,
      { reading: 'strList', pyName: 'image_pull_secrets' },
    ),
    hpa: pxField(
      z.unknown(),
      'Autoscaling',
      'Horizontal autoscaling settings inherited from the service config. Accepted as is but meaningless for the cleaner.',
      { reading: 'any', pyName: 'hpa' },
    ),
  }),
  'Cleaner',
  'The helper job Polyaxon schedules to delete the artifacts of a deleted run: its image, resources and scheduling.',
);
