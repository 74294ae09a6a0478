import { child, isSet, num, type Located } from '../../judge/located';
import type { RuleContext } from '../../judge/rule';

/** Checks `weight` of a preferred term: required (0 when absent), an integer in 1–100. */
export function checkWeight(ctx: RuleContext, term: Located): void {
  const loc = child(term, 'weight');
  if (!isSet(loc)) {
    ctx.report({
      code: 'weight-missing',
      message:
        'this preferred term has no weight, which Kubernetes reads as 0 and rejects; ' +
        'add weight: a number from 1 to 100 (higher counts more)',
      at: term,
      missing: 'weight',
    });
    return;
  }
  const weight = num(loc);
  if (weight === undefined || (weight >= 1 && weight <= 100)) return;
  ctx.report({
    code: 'weight-out-of-range',
    message: `weight must be between 1 and 100, not ${weight}; write ${weight < 1 ? 1 : 100} or a value in between`,
    at: loc,
  });
}
