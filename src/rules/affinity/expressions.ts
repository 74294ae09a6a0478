import { child, isSet, itemsOf, str, type Located } from '../../judge/located';
import type { RuleContext } from '../../judge/rule';
import { isQualifiedName, isValidLabelValue } from '../../k8s/names';
import { brief } from '../metadata/brief';
import { DEPRECATED_NODE_LABELS } from '../metadata/nodeSelector';

/** Which selector an expression belongs to: a node selector term or a LabelSelector. */
export type SelectorKind = 'node' | 'label';

const OPERATORS: Readonly<Record<SelectorKind, ReadonlySet<string>>> = {
  node: new Set(['In', 'NotIn', 'Exists', 'DoesNotExist', 'Gt', 'Lt']),
  label: new Set(['In', 'NotIn', 'Exists', 'DoesNotExist']),
};

/** How an expression is judged. */
export interface ExpressionOptions {
  readonly kind: SelectorKind;
  /** Check each value as a label value (required node terms and label selectors; preferred terms are lax). */
  readonly labelValues: boolean;
}

/** Go's `strconv.ParseInt(s, 10, 64)`: an optional sign, decimal digits, within int64. */
export function isInt64Text(text: string): boolean {
  if (!/^[+-]?\d+$/.test(text)) return false;
  const n = BigInt(text);
  return n >= -(2n ** 63n) && n < 2n ** 63n;
}

/**
 * The operator of an expression when it is one Kubernetes knows; reports a missing one.
 * Undefined for an operator the walker already rejected, or a missing one.
 */
export function operatorOf(
  ctx: RuleContext,
  expr: Located,
  known: ReadonlySet<string>,
  what: string,
): string | undefined {
  const opLoc = child(expr, 'operator');
  const op = isSet(opLoc) ? str(opLoc) : '';
  if (!isSet(opLoc)) {
    ctx.report({
      code: 'selector-operator-missing',
      message: `this ${what} has no operator; write operator: ${[...known].join(', ')}`,
      at: expr,
      missing: 'operator',
    });
    return undefined;
  }
  // An empty operator is not a valid value: the walker already reported it as invalid-enum.
  if (op === '') return undefined;
  return op !== undefined && known.has(op) ? op : undefined;
}

/** Number of values, or undefined when `values` is not a list (the walker reported it). */
export function valueCount(expr: Located): number | undefined {
  const values = child(expr, 'values');
  if (!isSet(values)) return 0;
  return values.items ? values.items.length : undefined;
}

/** Where to report about the values: the list itself, or the expression when it has none. */
export function valuesAt(expr: Located): { at: Located; missing?: string } {
  const values = child(expr, 'values');
  return isSet(values) ? { at: values } : { at: expr, missing: 'values' };
}

function checkKey(ctx: RuleContext, expr: Located, kind: SelectorKind): void {
  const keyLoc = child(expr, 'key');
  const key = isSet(keyLoc) ? str(keyLoc) : '';
  const example = kind === 'node' ? 'topology.kubernetes.io/zone' : 'app';
  if (key === '') {
    ctx.report({
      code: 'selector-key-missing',
      message: `this expression has no key; write the label it tests, such as key: ${example}`,
      ...(isSet(keyLoc) ? { at: keyLoc } : { at: expr, missing: 'key' }),
    });
    return;
  }
  if (key === undefined || !keyLoc) return;
  const errors = isQualifiedName(key);
  if (errors.length > 0) {
    ctx.report({
      code: 'selector-key-invalid',
      message: `key "${key}" is not a valid label key: ${brief(errors)}; write a label key such as ${example}`,
      at: keyLoc,
    });
  }
  const deprecated = kind === 'node' ? DEPRECATED_NODE_LABELS[key] : undefined;
  if (deprecated) {
    ctx.report({
      code: 'node-affinity-deprecated-label',
      message:
        `the node label ${key} is deprecated since Kubernetes ${deprecated.since} and newer nodes may not carry ` +
        `it; write key: ${deprecated.replacement}`,
      at: keyLoc,
      data: { suggestion: deprecated.replacement },
    });
  }
}

function checkValueCount(ctx: RuleContext, expr: Located, op: string): boolean {
  const count = valueCount(expr);
  if (count === undefined) return false;
  if ((op === 'In' || op === 'NotIn') && count === 0) {
    ctx.report({
      code: 'selector-values-required',
      message: `operator ${op} needs at least one value; list them under values, or use operator Exists`,
      ...valuesAt(expr),
    });
    return false;
  }
  if ((op === 'Exists' || op === 'DoesNotExist') && count > 0) {
    ctx.report({
      code: 'selector-values-forbidden',
      message: `operator ${op} tests only whether the label is there, so values must be empty; remove values or use In`,
      ...valuesAt(expr),
      data: { fix: 'remove-values' },
    });
    return false;
  }
  if ((op === 'Gt' || op === 'Lt') && count !== 1) {
    ctx.report({
      code: 'selector-values-single',
      message: `operator ${op} compares with exactly one number, but ${count} values are given; write values: ["8"]`,
      ...valuesAt(expr),
    });
    return false;
  }
  return true;
}

/** Kubernetes' ValidateNodeSelectorRequirement / ValidateLabelSelectorRequirement for one expression. */
export function checkExpression(ctx: RuleContext, expr: Located, opts: ExpressionOptions): void {
  if (!expr.entries) return;
  checkKey(ctx, expr, opts.kind);
  const op = operatorOf(ctx, expr, OPERATORS[opts.kind], 'expression');
  if (op === undefined || !checkValueCount(ctx, expr, op)) return;
  for (const item of itemsOf(child(expr, 'values'))) {
    const value = str(item);
    if (value === undefined) continue;
    if ((op === 'Gt' || op === 'Lt') && !isInt64Text(value)) {
      ctx.report({
        code: 'selector-value-not-integer',
        message:
          `operator ${op} compares the node label as an integer, but "${value}" is not one, so this term ` +
          'never matches a node; write a whole number such as "8"',
        at: item,
      });
      continue;
    }
    if (!opts.labelValues) continue;
    const errors = isValidLabelValue(value);
    if (errors.length > 0) {
      ctx.report({
        code: 'selector-value-invalid',
        message:
          `"${value}" is not a valid label value: ${brief(errors)}; use at most 63 letters, digits, "-", "_" ` +
          'or ".", starting and ending with a letter or digit',
        at: item,
      });
    }
  }
}
