import { describe, expect, it } from 'vitest';
import { checkText } from './check';
import { source } from '../testing/source';

/** Lt/Gt toleration operators are alpha in Kubernetes 1.35: refused by default, with the reason. */
describe('toleration operators behind a feature gate', () => {
  it('explains why Gt is refused', () => {
    const text = source`
      environment:
        tolerations:
          - {key: example.com/sla, operator: Gt, value: "900", effect: NoSchedule}
    `;
    const issue = checkText(text).issues.find((i) => i.code === 'invalid-enum');
    expect(issue?.message).toContain('TaintTolerationComparisonOperators');
    expect(issue?.severity).toBe('error');
  });
  it('gives the plain message for other wrong operators', () => {
    const text = source`
      environment:
        tolerations:
          - {key: example.com/sla, operator: Above, value: "900"}
    `;
    const issue = checkText(text).issues.find((i) => i.code === 'invalid-enum');
    expect(issue?.message).not.toContain('TaintTolerationComparisonOperators');
  });
});
