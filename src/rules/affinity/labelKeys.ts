import { child, isSet, itemsOf, str, type Located } from '../../judge/located';
import type { RuleContext } from '../../judge/rule';
import { isQualifiedName } from '../../k8s/names';
import { brief } from '../metadata/brief';
import { selectorKeys } from './labelSelector';

type KeysField = 'matchLabelKeys' | 'mismatchLabelKeys';

/** The string entries of a key list with their locations. */
function keysOf(list: Located | undefined): { key: string; at: Located }[] {
  return itemsOf(list).flatMap((at) => {
    const key = str(at);
    return key === undefined ? [] : [{ key, at }];
  });
}

function checkList(ctx: RuleContext, term: Located, field: KeysField, hasSelector: boolean): void {
  const list = child(term, field);
  if (!isSet(list) || itemsOf(list).length === 0) return;
  if (!hasSelector) {
    ctx.report({
      code: 'label-keys-without-selector',
      message:
        `${field} only narrows labelSelector, so it must not be given without one; add labelSelector ` +
        `(for example matchLabels: {app: my-app}) or remove ${field}`,
      at: list,
      onKey: true,
    });
    return;
  }
  for (const { key, at } of keysOf(list)) {
    const errors = isQualifiedName(key);
    if (errors.length === 0) continue;
    ctx.report({
      code: 'label-keys-key-invalid',
      message: `"${key}" in ${field} is not a valid label key: ${brief(errors)}; write a label key such as app`,
      at,
    });
  }
}

/**
 * Kubernetes' validateMatchLabelKeysAndMismatchLabelKeys: both lists need a labelSelector and
 * valid label keys, no key in both lists, and no matchLabelKeys key also tested by labelSelector
 * (the API server merges `key In (pod's value)` into the selector when the pod has that label,
 * then rejects the duplicate key).
 */
export function checkLabelKeys(ctx: RuleContext, term: Located): void {
  const selector = child(term, 'labelSelector');
  const hasSelector = isSet(selector);
  checkList(ctx, term, 'matchLabelKeys', hasSelector);
  checkList(ctx, term, 'mismatchLabelKeys', hasSelector);
  if (!hasSelector) return;
  const used = selectorKeys(selector);
  const mismatch = new Set(keysOf(child(term, 'mismatchLabelKeys')).map((k) => k.key));
  for (const { key, at } of keysOf(child(term, 'matchLabelKeys'))) {
    if (mismatch.has(key)) {
      ctx.report({
        code: 'label-keys-in-both',
        message: `${key} is in both matchLabelKeys and mismatchLabelKeys; keep it in one of them`,
        at,
      });
    }
    if (used.has(key)) {
      ctx.report({
        code: 'match-label-key-in-selector',
        message:
          `${key} is in matchLabelKeys and also tested by labelSelector; Kubernetes adds "${key} In (this ` +
          `pod's value)" to the selector and then rejects the pod for testing ${key} twice; remove it from one`,
        at,
      });
    }
  }
}
