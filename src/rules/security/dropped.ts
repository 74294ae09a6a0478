import { child, entriesOf, isSet } from '../../judge/located';
import type { Rule } from '../../judge/rule';

/**
 * Fields of the container SecurityContext that PodSecurityContext does not have: Polyaxon drops
 * them from `environment.securityContext`.
 */
export const POD_DROPPED_SECURITY_FIELDS: readonly string[] = [
  'allowPrivilegeEscalation',
  'capabilities',
  'privileged',
  'procMount',
  'readOnlyRootFilesystem',
];
const CONTAINER_ONLY = new Set(POD_DROPPED_SECURITY_FIELDS);

/**
 * Polyaxon validates `environment.securityContext` as a container SecurityContext but places it at
 * pod level, where the container-only fields do not exist: the CRD schema prunes them silently.
 */
export const droppedSecurityFieldsRule: Rule = {
  id: 'security-dropped-fields',
  appliesTo: ['environment'],
  run(ctx) {
    for (const [name, loc] of entriesOf(child(ctx.root, 'securityContext'))) {
      if (!CONTAINER_ONLY.has(name) || !isSet(loc)) continue;
      ctx.report({
        code: 'security-field-dropped',
        message:
          `${name} is accepted by Polyaxon, but environment.securityContext becomes the pod's securityContext, ` +
          `which has no ${name}, so it is silently dropped; set it in the run's container.securityContext instead`,
        at: loc,
        onKey: true,
        data: { field: name },
      });
    }
  },
};
