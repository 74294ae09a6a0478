import { z } from 'zod';
import { doc } from '../field';
import { affinitySchema } from '../k8s/affinity';
import { stringListSchema } from '../k8s/common';
import { pullPolicySchema } from '../k8s/policies';
import { resourceRequirementsSchema } from '../k8s/resources';
import { tolerationSchema } from '../k8s/toleration';
import { pxField } from './pxField';
import { cleanerDoc } from '../docs/cleaner';

/** V1PolyaxonCleaner: the helper job that removes a run's artifacts when the run is deleted. */
export const cleanerSchema = doc(
  z.object({
    image: pxField(z.string(), cleanerDoc.fields.image, { reading: 'strictStr', pyName: 'image' }),
    imageTag: pxField(z.string(), cleanerDoc.fields.imageTag, { reading: 'strictStr', pyName: 'image_tag' }),
    imagePullPolicy: pxField(pullPolicySchema, cleanerDoc.fields.imagePullPolicy, {
      reading: 'literal',
      pyName: 'image_pull_policy',
    }),
    resources: pxField(resourceRequirementsSchema, cleanerDoc.fields.resources, {
      reading: 'k8sObject',
      pyName: 'resources',
    }),
    nodeSelector: pxField(
      z.record(z.string(), doc(z.string(), cleanerDoc.fields.nodeSelector.values)),
      cleanerDoc.fields.nodeSelector,
      { reading: 'strictStrMap', pyName: 'node_selector' },
    ),
    affinity: pxField(affinitySchema, cleanerDoc.fields.affinity, {
      reading: 'k8sObject',
      pyName: 'affinity',
    }),
    tolerations: pxField(z.array(tolerationSchema), cleanerDoc.fields.tolerations, {
      reading: 'k8sList',
      pyName: 'tolerations',
    }),
    imagePullSecrets: pxField(stringListSchema, cleanerDoc.fields.imagePullSecrets, {
      reading: 'strList',
      pyName: 'image_pull_secrets',
    }),
    hpa: pxField(z.unknown(), cleanerDoc.fields.hpa, { reading: 'any', pyName: 'hpa' }),
  }),
  cleanerDoc,
);
