import { child, itemsOf, type Located } from '../../judge/located';
import type { RuleContext } from '../../judge/rule';
import { checkLabelMap } from '../metadata/labelMap';
import { checkExpression } from './expressions';

/**
 * apimachinery's ValidateLabelSelector: matchLabels follow the label rules, and each
 * matchExpressions entry has a key, an operator (In, NotIn, Exists, DoesNotExist; the walker
 * rejects Gt and Lt through the schema's enum) and the right number of label values.
 */
export function checkLabelSelector(ctx: RuleContext, selector: Located | undefined): void {
  if (!selector?.entries) return;
  checkLabelMap(ctx, child(selector, 'matchLabels'), {
    keyCode: 'selector-key-invalid',
    valueCode: 'selector-value-invalid',
    field: 'matchLabels',
  });
  for (const expr of itemsOf(child(selector, 'matchExpressions'))) {
    checkExpression(ctx, expr, { kind: 'label', labelValues: true });
  }
}

/** Every label key a selector tests, in matchLabels or matchExpressions. */
export function selectorKeys(selector: Located | undefined): Set<string> {
  const keys = new Set<string>();
  const labels = child(selector, 'matchLabels');
  for (const key of labels?.entries?.keys() ?? []) keys.add(key);
  for (const expr of itemsOf(child(selector, 'matchExpressions'))) {
    const key = child(expr, 'key')?.value;
    if (typeof key === 'string') keys.add(key);
  }
  return keys;
}
