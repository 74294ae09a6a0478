import { child, isSet, itemsOf, num, str, type Located } from '../../judge/located';
import type { Rule, RuleContext } from '../../judge/rule';
import { isQualifiedName, isValidLabelValue } from '../../k8s/names';
import { brief } from '../metadata/brief';

const OPERATORS = new Set(['', 'Equal', 'Exists']);
const EFFECTS = new Set(['', 'NoSchedule', 'PreferNoSchedule', 'NoExecute']);

/**
 * A field of a toleration as Kubernetes reads it: absent or null is "", a string is itself,
 * anything else (already reported by the walker) is undefined and skips the checks that need it.
 */
function text(loc: Located | undefined): string | undefined {
  return isSet(loc) ? str(loc) : '';
}

function checkToleration(ctx: RuleContext, item: Located): void {
  if (!item.entries) return;
  const keyLoc = child(item, 'key');
  const opLoc = child(item, 'operator');
  const valueLoc = child(item, 'value');
  const effectLoc = child(item, 'effect');
  const secondsLoc = child(item, 'tolerationSeconds');
  const key = text(keyLoc);
  const rawOp = text(opLoc);
  const op = rawOp !== undefined && OPERATORS.has(rawOp) ? rawOp : undefined;
  const value = text(valueLoc);
  const rawEffect = text(effectLoc);
  const effect = rawEffect !== undefined && EFFECTS.has(rawEffect) ? rawEffect : undefined;

  if (keyLoc && key) {
    const errors = isQualifiedName(key);
    if (errors.length > 0) {
      ctx.report({
        code: 'toleration-key-invalid',
        message: `toleration key "${key}" is not valid: ${brief(errors)}; write the taint's key, such as nvidia.com/gpu`,
        at: keyLoc,
      });
    }
  }
  if (key === '' && op !== undefined && op !== 'Exists') {
    const message =
      'a toleration without a key must use operator: Exists, which matches every taint; ' +
      'add the key of the taint to tolerate, or write operator: Exists' +
      (value ? ` and remove value: ${value}` : '');
    if (opLoc && isSet(opLoc)) ctx.report({ code: 'toleration-empty-key-needs-exists', message, at: opLoc });
    else ctx.report({ code: 'toleration-empty-key-needs-exists', message, at: item, missing: 'operator' });
  }
  if (op === 'Exists' && value && valueLoc) {
    ctx.report({
      code: 'toleration-exists-with-value',
      message: `operator Exists matches any value, so value must be empty; remove value: ${value} or use operator Equal`,
      at: valueLoc,
      data: { fix: 'remove-value' },
    });
  }
  if ((op === '' || op === 'Equal') && value && valueLoc) {
    const errors = isValidLabelValue(value);
    if (errors.length > 0) {
      ctx.report({
        code: 'toleration-value-invalid',
        message:
          `toleration value "${value}" is not a valid label value: ${brief(errors)}; ` +
          'write the taint value exactly (at most 63 letters, digits, "-", "_" or ".")',
        at: valueLoc,
      });
    }
  }
  const seconds = num(secondsLoc);
  if (secondsLoc && seconds !== undefined) checkSeconds(ctx, secondsLoc, seconds, effect);
  if (key === '' && op === 'Exists' && effect === '') {
    ctx.report({
      code: 'toleration-matches-all',
      message:
        'this toleration (no key, operator Exists, no effect) tolerates every taint, so the pod can run on ' +
        'any node, tainted control-plane and dedicated nodes included; add a key or an effect to narrow it',
      at: item,
    });
  }
}

function checkSeconds(ctx: RuleContext, at: Located, seconds: number, effect: string | undefined): void {
  if (effect === undefined) return;
  if (effect !== 'NoExecute') {
    ctx.report({
      code: 'toleration-seconds-needs-no-execute',
      message:
        `tolerationSeconds only applies to effect NoExecute, but the effect is ${effect || 'empty (all effects)'}; ` +
        'write effect: NoExecute or remove tolerationSeconds',
      at,
    });
    return;
  }
  if (seconds <= 0) {
    ctx.report({
      code: 'toleration-seconds-not-positive',
      message:
        `tolerationSeconds: ${seconds} means the pod is evicted as soon as a matching NoExecute taint appears; ` +
        'give a positive number of seconds, or remove tolerationSeconds to tolerate the taint forever',
      at,
    });
  }
}

/** Kubernetes' ValidateTolerations: key format, operator/key/value combinations, tolerationSeconds. */
export const tolerationsRule: Rule = {
  id: 'scheduling-tolerations',
  appliesTo: ['environment', 'cleaner', 'podSpec'],
  run(ctx) {
    for (const item of itemsOf(child(ctx.root, 'tolerations'))) checkToleration(ctx, item);
  },
};
