import { child, isSet, itemsOf, str, type Located } from '../../judge/located';
import type { RuleContext } from '../../judge/rule';
import { isDns1123Subdomain } from '../../k8s/names';
import { brief } from '../metadata/brief';
import { checkExpression, operatorOf, valueCount, valuesAt } from './expressions';

const FIELD_OPERATORS: ReadonlySet<string> = new Set(['In', 'NotIn', 'Exists', 'DoesNotExist', 'Gt', 'Lt']);

/** Number of items of a list field; 0 when absent, undefined when it is not a list. */
function listLength(loc: Located | undefined): number | undefined {
  if (!isSet(loc)) return 0;
  return loc.items ? loc.items.length : undefined;
}

/**
 * True for a node selector term that matches no node: null, or without any matchExpressions
 * and matchFields ("A null or empty node selector term matches no objects").
 */
export function isEmptyTerm(term: Located): boolean {
  if (term.value === null || term.value === undefined) return true;
  if (!term.entries) return false;
  return listLength(child(term, 'matchExpressions')) === 0 && listLength(child(term, 'matchFields')) === 0;
}

/** Kubernetes' ValidateNodeFieldSelectorRequirement: only `metadata.name`, In/NotIn, one node name. */
function checkFieldExpression(ctx: RuleContext, expr: Located): void {
  if (!expr.entries) return;
  const keyLoc = child(expr, 'key');
  const key = isSet(keyLoc) ? str(keyLoc) : '';
  if (key !== undefined && key !== 'metadata.name') {
    ctx.report({
      code: 'match-fields-key-invalid',
      message:
        `matchFields can only select on metadata.name (the node name)${key ? `, not "${key}"` : ''}; write ` +
        'key: metadata.name, or move a label test to matchExpressions',
      ...(isSet(keyLoc) ? { at: keyLoc } : { at: expr, missing: 'key' }),
      data: { suggestion: 'metadata.name' },
    });
  }
  const op = operatorOf(ctx, expr, FIELD_OPERATORS, 'matchFields expression');
  if (op === undefined) return;
  if (op !== 'In' && op !== 'NotIn') {
    const opLoc = child(expr, 'operator');
    if (opLoc) {
      ctx.report({
        code: 'match-fields-operator-invalid',
        message: `matchFields supports only operators In and NotIn, not ${op}; write operator: In with the node name`,
        at: opLoc,
      });
    }
    return;
  }
  const count = valueCount(expr);
  if (count === undefined) return;
  if (count !== 1) {
    ctx.report({
      code: 'match-fields-values-single',
      message:
        `matchFields takes exactly one node name, but ${count} are given; ` +
        'use one term per node name (terms are ORed), or a label in matchExpressions',
      ...valuesAt(expr),
    });
  }
  if (key !== 'metadata.name') return;
  for (const item of itemsOf(child(expr, 'values'))) {
    const name = str(item);
    if (name === undefined) continue;
    const errors = isDns1123Subdomain(name);
    if (errors.length === 0) continue;
    ctx.report({
      code: 'match-fields-value-invalid',
      message: `"${name}" is not a valid node name: ${brief(errors)}; write the node's name as kubectl get nodes shows it`,
      at: item,
    });
  }
}

/** Kubernetes' ValidateNodeSelectorTerm; `required` terms also check label values. */
export function checkNodeTerm(ctx: RuleContext, term: Located, required: boolean): void {
  if (!term.entries) return;
  for (const expr of itemsOf(child(term, 'matchExpressions'))) {
    checkExpression(ctx, expr, { kind: 'node', labelValues: required });
  }
  for (const expr of itemsOf(child(term, 'matchFields'))) checkFieldExpression(ctx, expr);
}
