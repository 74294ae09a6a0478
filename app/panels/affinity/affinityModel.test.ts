import { describe, expect, it } from 'vitest';
import { applyEdits, form, summarizeScheduling } from '../../../src/index';
import {
  newRequirement,
  operatorEdits,
  parseValuesText,
  selectorFromText,
  shapeNote,
  summaryInput,
  valuesMode,
} from './affinityModel';

const EXPR_PATH = ['environment', 'affinity', 'nodeAffinity', 'terms', 0];

function exprView(value: Record<string, unknown>): { root: form.View; expr: form.View } {
  const root = form.view(['environment'], { affinity: { nodeAffinity: { terms: [value] } } });
  return { root, expr: form.view(EXPR_PATH, value) };
}

describe('valuesMode', () => {
  it('gives each operator its value input', () => {
    expect(['In', 'NotIn', 'Exists', 'DoesNotExist', 'Gt', 'Lt', 'Bogus', undefined].map(valuesMode)).toEqual(
      ['list', 'list', 'none', 'none', 'single', 'single', 'list', 'list'],
    );
  });
});

describe('operatorEdits', () => {
  it('drops the values for Exists', () => {
    const { root, expr } = exprView({ key: 'gpu', operator: 'In', values: ['a'] });
    expect(operatorEdits(root, expr, 'Exists')).toEqual([
      { op: 'set', path: [...EXPR_PATH, 'operator'], value: 'Exists' },
      { op: 'remove', path: [...EXPR_PATH, 'values'] },
    ]);
  });
  it('keeps only the first value for Gt', () => {
    const { root, expr } = exprView({ key: 'cpu', operator: 'In', values: ['8', '16'] });
    expect(operatorEdits(root, expr, 'Gt')).toEqual([
      { op: 'set', path: [...EXPR_PATH, 'operator'], value: 'Gt' },
      { op: 'set', path: [...EXPR_PATH, 'values'], value: ['8'] },
    ]);
  });
  it('keeps the values between In and NotIn, and does nothing for the same operator', () => {
    const { root, expr } = exprView({ key: 'zone', operator: 'In', values: ['a', 'b'] });
    expect(operatorEdits(root, expr, 'NotIn')).toEqual([
      { op: 'set', path: [...EXPR_PATH, 'operator'], value: 'NotIn' },
    ]);
    expect(operatorEdits(root, expr, 'In')).toEqual([]);
  });
  it('edits the text only at the requirement', () => {
    const text =
      '# mine\nenvironment:\n  affinity:\n    nodeAffinity:\n      terms:\n        - key: gpu  # the label\n          operator: In\n          values: [a]\n';
    const { root, expr } = exprView({ key: 'gpu', operator: 'In', values: ['a'] });
    const result = applyEdits(text, operatorEdits(root, expr, 'DoesNotExist'));
    expect(result.ok && result.text).toBe(
      '# mine\nenvironment:\n  affinity:\n    nodeAffinity:\n      terms:\n        - key: gpu  # the label\n          operator: DoesNotExist\n',
    );
  });
});

describe('add rows', () => {
  it('parses values for the operator', () => {
    expect(parseValuesText(' a, b ,,c', 'In')).toEqual(['a', 'b', 'c']);
    expect(parseValuesText(' 8 ', 'Gt')).toEqual(['8']);
    expect(parseValuesText('x', 'Exists')).toEqual([]);
  });
  it('writes values only for operators that take them', () => {
    expect(newRequirement(' zone ', 'In', 'a,b')).toEqual({
      key: 'zone',
      operator: 'In',
      values: ['a', 'b'],
    });
    expect(newRequirement('gpu', 'Exists', 'ignored')).toEqual({ key: 'gpu', operator: 'Exists' });
  });
  it('reads a pod label selector from key=value or a bare key', () => {
    expect(selectorFromText('app = trainer')).toEqual({ matchLabels: { app: 'trainer' } });
    expect(selectorFromText('gpu')).toEqual({ matchExpressions: [{ key: 'gpu', operator: 'Exists' }] });
    expect(selectorFromText('  ')).toBeNull();
    expect(selectorFromText('=x')).toBeNull();
  });
});

describe('summaryInput', () => {
  it('reads snake_case parts so the summary sees them', () => {
    const affinity = form.view(['environment', 'affinity'], {
      pod_anti_affinity: {
        requiredDuringSchedulingIgnoredDuringExecution: [
          { labelSelector: { matchLabels: { app: 'job' } }, topologyKey: 'kubernetes.io/hostname' },
        ],
      },
    });
    expect(summarizeScheduling(summaryInput(affinity))).toEqual([
      'avoids nodes that already run pods with app=job (per kubernetes.io/hostname)',
    ]);
  });
});

describe('shapeNote', () => {
  it('says when a value has a shape the form cannot edit', () => {
    expect(shapeNote([1], 'list')).toBeNull();
    expect(shapeNote(undefined, 'mapping')).toBeNull();
    expect(shapeNote({ a: 1 }, 'list')).toMatch(/^Written as a mapping where a list/);
    expect(shapeNote('x', 'mapping')).toMatch(/^Written as the value "x" where a mapping/);
  });
});
