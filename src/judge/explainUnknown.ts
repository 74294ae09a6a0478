import { podSecurityContextSchema, securityContextSchema } from '../schema/k8s/securityContext';
import { validateContainerResourceName } from '../k8s/resourceName';
import { resourceRequirementsSchema } from '../schema/k8s/resources';
import { shapeOf, unwrap } from './shape';
import type { UnknownKeyExplainer } from './walkK8s';

/**
 * Polyaxon builds `environment.securityContext` as the container type, so the pod-level fields
 * (fsGroup, supplementalGroups, sysctls, ...) are rejected even though Kubernetes knows them.
 */
export const explainUnknownKey: UnknownKeyExplainer = (key, shape) => {
  if (shape.type !== 'object') return null;
  if (
    shape.schema === unwrap(resourceRequirementsSchema) &&
    validateContainerResourceName(key).length === 0
  ) {
    return {
      code: 'resources-flat',
      message:
        `${key} cannot sit directly under resources (Polyaxon rejects it); put it under requests: ` +
        `(what the cleaner is guaranteed) and/or limits: (its ceiling)`,
    };
  }
  if (shape.schema !== unwrap(securityContextSchema)) return null;
  const pod = shapeOf(podSecurityContextSchema);
  if (pod.type !== 'object' || !pod.fields.has(key)) return null;
  return {
    code: 'pod-only-security-field',
    message:
      `${key} is a pod-level security field, but Polyaxon reads environment.securityContext as a ` +
      `container security context and rejects it; it cannot be set through this section`,
  };
};
