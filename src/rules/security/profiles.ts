import { child, isSet, str, type Located } from '../../judge/located';
import type { Rule, RuleContext } from '../../judge/rule';
import { byteLength } from '../../k8s/messages';

const PROFILE_TYPES = new Set(['RuntimeDefault', 'Localhost', 'Unconfined']);
/** PATH_MAX - 1, the longest AppArmor localhostProfile Kubernetes accepts. */
const MAX_APPARMOR_PROFILE_BYTES = 4095;

/** The profile's type when it is one Kubernetes knows; reports a missing one. */
function typeOf(ctx: RuleContext, profile: Located, code: string, name: string): string | undefined {
  const loc = child(profile, 'type');
  const type = isSet(loc) ? str(loc) : '';
  if (type === '') {
    ctx.report({
      code,
      message: `${name} needs a type: RuntimeDefault (the runtime's default profile), Localhost or Unconfined`,
      ...(isSet(loc) ? { at: loc } : { at: profile, missing: 'type' }),
      data: { suggestion: 'RuntimeDefault' },
    });
    return undefined;
  }
  return type !== undefined && PROFILE_TYPES.has(type) ? type : undefined;
}

/** Kubernetes' validateLocalDescendingPath: not absolute, no ".." segment. */
function pathProblem(path: string): string | null {
  if (path.startsWith('/'))
    return 'must be a relative path (to the kubelet seccomp directory), not start with "/"';
  if (path.split('/').includes('..')) return 'must not contain ".."';
  return null;
}

/** Kubernetes' validateSeccompProfileField. */
function checkSeccomp(ctx: RuleContext, profile: Located): void {
  const type = typeOf(ctx, profile, 'seccomp-type-missing', 'seccompProfile');
  if (type === undefined) return;
  const local = child(profile, 'localhostProfile');
  if (type !== 'Localhost') {
    if (isSet(local)) {
      ctx.report({
        code: 'seccomp-localhost-profile-forbidden',
        message: `localhostProfile only applies to type Localhost, not ${type}; remove it or write type: Localhost`,
        at: local,
        onKey: true,
      });
    }
    return;
  }
  if (!isSet(local)) {
    ctx.report({
      code: 'seccomp-localhost-profile-missing',
      message:
        'type Localhost needs localhostProfile: the profile file relative to the kubelet seccomp directory, ' +
        'such as profiles/audit.json',
      at: profile,
      missing: 'localhostProfile',
    });
    return;
  }
  const path = str(local);
  const problem = path === undefined ? null : pathProblem(path);
  if (problem) {
    ctx.report({
      code: 'seccomp-localhost-profile-invalid',
      message: `localhostProfile "${path ?? ''}" ${problem}; write a path such as profiles/audit.json`,
      at: local,
    });
  }
}

/** Kubernetes' ValidateAppArmorProfileField. */
function checkAppArmor(ctx: RuleContext, profile: Located): void {
  const type = typeOf(ctx, profile, 'apparmor-type-missing', 'appArmorProfile');
  if (type === undefined) return;
  const local = child(profile, 'localhostProfile');
  if (type !== 'Localhost') {
    if (isSet(local)) {
      ctx.report({
        code: 'apparmor-localhost-profile-forbidden',
        message: `localhostProfile only applies to type Localhost, not ${type}; remove it or write type: Localhost`,
        at: local,
        onKey: true,
      });
    }
    return;
  }
  const name = str(local);
  if (!isSet(local) || name === '') {
    ctx.report({
      code: 'apparmor-localhost-profile-missing',
      message:
        'type Localhost needs localhostProfile: the name of a profile loaded on the node, such as k8s-apparmor-example',
      ...(isSet(local) ? { at: local } : { at: profile, missing: 'localhostProfile' }),
    });
    return;
  }
  if (name === undefined) return;
  const problems: string[] = [];
  if (name.trim() !== name) problems.push('must not start or end with whitespace');
  if (byteLength(name) > MAX_APPARMOR_PROFILE_BYTES)
    problems.push(`must be at most ${MAX_APPARMOR_PROFILE_BYTES} bytes`);
  if (problems.length === 0) return;
  ctx.report({
    code: 'apparmor-localhost-profile-invalid',
    message: `localhostProfile ${problems.join(' and ')}; write the profile name exactly, such as k8s-apparmor-example`,
    at: local,
  });
}

/** seccompProfile and appArmorProfile: a type, and localhostProfile exactly when the type is Localhost. */
export const securityProfilesRule: Rule = {
  id: 'security-profiles',
  appliesTo: ['environment', 'podSpec'],
  run(ctx) {
    const sc = child(ctx.root, 'securityContext');
    const seccomp = child(sc, 'seccompProfile');
    if (seccomp?.entries) checkSeccomp(ctx, seccomp);
    const appArmor = child(sc, 'appArmorProfile');
    if (appArmor?.entries) checkAppArmor(ctx, appArmor);
  },
};
