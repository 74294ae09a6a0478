import type { Edit } from '../../../src/index';
import { form as core } from '../../../src/index';

/** Which selector a requirement belongs to; each allows its own operators. */
export type RequirementKind = 'node' | 'field' | 'label';

export const OPERATORS: Readonly<Record<RequirementKind, readonly string[]>> = {
  node: ['In', 'NotIn', 'Exists', 'DoesNotExist', 'Gt', 'Lt'],
  field: ['In', 'NotIn'],
  label: ['In', 'NotIn', 'Exists', 'DoesNotExist'],
};

/** Node labels that commonly define "the same place" for pod affinity. */
export const TOPOLOGY_KEYS = [
  'kubernetes.io/hostname',
  'topology.kubernetes.io/zone',
  'topology.kubernetes.io/region',
] as const;

/** Datalist ids the affinity panel renders once (never DOM property names). */
export const TOPOLOGY_LIST_ID = 'affinity-topology-keys';
export const FIELD_KEY_LIST_ID = 'affinity-field-keys';
export const NODE_KEY_LIST_ID = 'node-label-keys';

/**
 * How the values of a requirement are edited for its operator: a list (In, NotIn, and operators
 * the form does not know), none (Exists, DoesNotExist), or one number (Gt, Lt).
 */
export type ValuesMode = 'list' | 'none' | 'single';

export function valuesMode(operator: unknown): ValuesMode {
  if (operator === 'Exists' || operator === 'DoesNotExist') return 'none';
  if (operator === 'Gt' || operator === 'Lt') return 'single';
  return 'list';
}

/**
 * Edits for choosing another operator: the operator itself, and the values reshaped so the
 * requirement stays well formed (Exists and DoesNotExist drop them, Gt and Lt keep the first).
 */
export function operatorEdits(root: core.View, expr: core.View, operator: string): Edit[] {
  const edits: Edit[] = core.setValue(root, core.field(expr, 'operator').path, operator);
  if (edits.length === 0) return edits;
  const values = core.field(expr, 'values');
  const mode = valuesMode(operator);
  if (mode === 'none' && values.value !== undefined) {
    edits.push({ op: 'remove', path: values.path });
  } else if (mode === 'single' && Array.isArray(values.value) && values.value.length > 1) {
    edits.push({ op: 'set', path: values.path, value: [values.value[0] as unknown] });
  }
  return edits;
}

/** What the user typed as values in an "add" row: comma-separated for lists, one for Gt/Lt. */
export function parseValuesText(text: string, operator: string): string[] {
  const mode = valuesMode(operator);
  if (mode === 'none') return [];
  if (mode === 'single') return text.trim() === '' ? [] : [text.trim()];
  return text
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

/** A requirement as written by an "add" row: `values` only when the operator takes them. */
export function newRequirement(key: string, operator: string, valuesText: string): Record<string, unknown> {
  const requirement: Record<string, unknown> = { key: key.trim(), operator };
  if (valuesMode(operator) !== 'none') requirement['values'] = parseValuesText(valuesText, operator);
  return requirement;
}

/**
 * The label selector an "add pod term" row writes for `app=trainer` (matchLabels), or `gpu` alone
 * (an Exists expression); null when nothing usable was typed.
 */
export function selectorFromText(text: string): Record<string, unknown> | null {
  const t = text.trim();
  if (t === '') return null;
  const eq = t.indexOf('=');
  if (eq < 0) return { matchExpressions: [{ key: t, operator: 'Exists' }] };
  const key = t.slice(0, eq).trim();
  if (key === '') return null;
  return { matchLabels: { [key]: t.slice(eq + 1).trim() } };
}

/** A weight typed in an "add" row: a whole number, or null. */
export function parseWeight(text: string): number | null {
  const t = text.trim();
  return /^-?\d+$/.test(t) ? Number(t) : null;
}

const AFFINITY_PARTS = ['nodeAffinity', 'podAffinity', 'podAntiAffinity'] as const;

/**
 * The affinity with its top-level keys in their documented spelling (`node_affinity` is accepted
 * too), as the core's scheduling summary reads it.
 */
export function summaryInput(affinity: core.View): { affinity: Record<string, unknown> } {
  const out: Record<string, unknown> = {};
  for (const part of AFFINITY_PARTS) {
    const value = core.field(affinity, part).value;
    if (value !== undefined) out[part] = value;
  }
  return { affinity: out };
}

/** A short note for a value written with a shape the form cannot edit (a scalar for a list...). */
export function shapeNote(value: unknown, expected: 'list' | 'mapping'): string | null {
  if (value === undefined || value === null) return null;
  const isList = Array.isArray(value);
  const isMap = typeof value === 'object' && !isList;
  if (expected === 'list' ? isList : isMap) return null;
  const written = isList ? 'a list' : isMap ? 'a mapping' : `the value ${JSON.stringify(value)}`;
  return `Written as ${written} where ${expected === 'list' ? 'a list' : 'a mapping'} is expected; it is kept as is, edit it in the YAML.`;
}
