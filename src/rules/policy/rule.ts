import { child, childIn, isSet } from '../../judge/located';
import type { PolicyProfile, Rule } from '../../judge/rule';
import type { PssLevel } from './finding';
import { pssFindings } from './verdict';

/** Whether the profile the user targets includes the checks of `level`. */
function enforced(policy: PolicyProfile, level: PssLevel): boolean {
  return policy === 'restricted' || (policy === 'baseline' && level === 'baseline');
}

/**
 * Pod Security Standards findings: `info` by default, `warning` when the targeted profile includes
 * the check. A missing setting (no runAsNonRoot, no seccomp profile) is only reported when the section
 * sets a securityContext or the user targets restricted, to keep sections without one quiet.
 */
export const podSecurityRule: Rule = {
  id: 'policy-pod-security',
  appliesTo: ['environment', 'podSpec'],
  run(ctx) {
    const policy = ctx.options.policy;
    const hasContext = isSet(child(ctx.root, 'securityContext'));
    for (const finding of pssFindings(ctx.root.value, ctx.section.kind)) {
      if (finding.absent && !hasContext && policy !== 'restricted') continue;
      const at = childIn(ctx.root, finding.path);
      if (!at) continue;
      ctx.report({
        code: finding.code,
        message: finding.message,
        at,
        ...(finding.missing ? { missing: finding.missing } : {}),
        ...(finding.path.length > 0 && !finding.missing && finding.absent ? { onKey: true } : {}),
        severity: enforced(policy, finding.level) ? 'warning' : 'info',
        data: { level: finding.level },
      });
    }
  },
};
