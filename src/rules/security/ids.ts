import { bool, child, isSet, itemsOf, num, type Located } from '../../judge/located';
import type { Rule, RuleContext } from '../../judge/rule';
import { isValidGroupId, isValidUserId, MAX_USER_ID } from '../../k8s/ids';

function checkId(ctx: RuleContext, loc: Located | undefined, name: string, group: boolean): void {
  const id = num(loc);
  if (!loc || id === undefined) return;
  const errors = group ? isValidGroupId(id) : isValidUserId(id);
  if (errors.length === 0) return;
  ctx.report({
    code: group ? 'group-id-out-of-range' : 'user-id-out-of-range',
    message:
      `${name} ${errors.join('; ')}, not ${id}; write a ${group ? 'group' : 'user'} ID from 0 to ${MAX_USER_ID} ` +
      'such as 1000 (older clusters accept at most 2147483647)',
    at: loc,
  });
}

/** The kubelet's runAsNonRoot check: a root user (0) cannot satisfy it. */
function checkNonRoot(ctx: RuleContext, sc: Located): void {
  const nonRoot = child(sc, 'runAsNonRoot');
  if (!nonRoot || bool(nonRoot) !== true) return;
  const user = child(sc, 'runAsUser');
  if (num(user) === 0 && user) {
    ctx.report({
      code: 'run-as-non-root-with-root-user',
      message:
        'runAsNonRoot: true forbids user 0 (root), so the kubelet refuses to start the containers ' +
        '(CreateContainerConfigError); set runAsUser to a non-zero ID such as 1000, or remove runAsNonRoot',
      at: user,
    });
    return;
  }
  if (isSet(user)) return;
  ctx.report({
    code: 'run-as-non-root-image-user',
    message:
      'runAsNonRoot: true without runAsUser: every image must declare a numeric non-zero USER, or the kubelet ' +
      'refuses to start its container; add runAsUser: 1000 to be independent of the images',
    at: nonRoot,
  });
}

/** Kubernetes' user and group ID ranges, and runAsNonRoot against runAsUser. */
export const securityIdsRule: Rule = {
  id: 'security-ids',
  appliesTo: ['environment', 'podSpec'],
  run(ctx) {
    const sc = child(ctx.root, 'securityContext');
    if (!sc?.entries) return;
    checkId(ctx, child(sc, 'runAsUser'), 'runAsUser', false);
    checkId(ctx, child(sc, 'runAsGroup'), 'runAsGroup', true);
    if (ctx.section.kind === 'podSpec') {
      checkId(ctx, child(sc, 'fsGroup'), 'fsGroup', true);
      for (const item of itemsOf(child(sc, 'supplementalGroups')))
        checkId(ctx, item, 'a supplemental group', true);
    }
    checkNonRoot(ctx, sc);
  },
};
