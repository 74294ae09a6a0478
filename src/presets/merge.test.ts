import { describe, expect, it } from 'vitest';
import { view } from '../form/view';
import { planMerge, sameValue } from './merge';

const at = (value: Record<string, unknown>) => view(['environment'], value);

describe('planMerge', () => {
  it('sets missing keys as whole subtrees', () => {
    const plan = planMerge(at({}), { nodeSelector: { a: 'b' }, tolerations: [{ key: 'k' }] });
    expect(plan).toEqual({
      edits: [
        { op: 'set', path: ['environment', 'nodeSelector'], value: { a: 'b' } },
        { op: 'set', path: ['environment', 'tolerations'], value: [{ key: 'k' }] },
      ],
      notes: [],
    });
  });

  it('treats null as unset', () => {
    const plan = planMerge(at({ dnsPolicy: null }), { dnsPolicy: 'None' });
    expect(plan.edits).toEqual([{ op: 'set', path: ['environment', 'dnsPolicy'], value: 'None' }]);
  });

  it('adds only the missing keys of a mapping and keeps different values', () => {
    const plan = planMerge(at({ nodeSelector: { a: 'x', c: 'd' } }), { nodeSelector: { a: 'b', e: 'f' } });
    expect(plan.edits).toEqual([{ op: 'set', path: ['environment', 'nodeSelector', 'e'], value: 'f' }]);
    expect(plan.notes).toEqual(['kept your nodeSelector.a: x (the preset has b)']);
  });

  it('appends list items that are not there, comparing whole items without key order', () => {
    const have = [{ operator: 'Exists', key: 'k' }, { key: 'other' }];
    const plan = planMerge(at({ tolerations: have }), {
      tolerations: [{ key: 'k', operator: 'Exists' }, { key: 'new' }, { key: 'newer' }],
    });
    expect(plan.edits).toEqual([
      { op: 'insert', path: ['environment', 'tolerations'], index: 2, value: { key: 'new' } },
      { op: 'insert', path: ['environment', 'tolerations'], index: 3, value: { key: 'newer' } },
    ]);
    expect(plan.notes).toEqual([]);
  });

  it('keeps a value of another shape and says so', () => {
    const plan = planMerge(
      at({ tolerations: 'none', labels: ['a'], securityContext: { seccompProfile: 'x' } }),
      {
        tolerations: [{ key: 'k' }],
        labels: { app: 'a' },
        securityContext: { seccompProfile: { type: 'RuntimeDefault' } },
      },
    );
    expect(plan.edits).toEqual([]);
    expect(plan.notes).toEqual([
      "kept your tolerations (none); the preset's list was not added",
      "kept your labels (a list); the preset's mapping was not added",
      "kept your securityContext.seccompProfile (x); the preset's mapping was not added",
    ]);
  });

  it('uses the snake_case spelling when the section uses it', () => {
    const plan = planMerge(at({ node_selector: { a: 'b' } }), { nodeSelector: { c: 'd' } });
    expect(plan.edits).toEqual([{ op: 'set', path: ['environment', 'node_selector', 'c'], value: 'd' }]);
  });

  it('does not push a list over its maximum', () => {
    const plan = planMerge(
      at({ dnsConfig: { nameservers: ['10.0.0.1', '10.0.0.2'] } }),
      { dnsConfig: { nameservers: ['10.0.0.3', '10.0.0.4'] } },
      { maxItems: { 'dnsConfig.nameservers': 3 } },
    );
    expect(plan.edits).toEqual([
      { op: 'insert', path: ['environment', 'dnsConfig', 'nameservers'], index: 2, value: '10.0.0.3' },
    ]);
    expect(plan.notes).toEqual([
      'did not add 10.0.0.4 to dnsConfig.nameservers: it already has 3, the most Kubernetes allows',
    ]);
  });

  it('writes paths of keys with dots in brackets', () => {
    const plan = planMerge(at({ nodeSelector: { 'x.io/y': 'false' } }), {
      nodeSelector: { 'x.io/y': 'true' },
    });
    expect(plan.notes).toEqual(['kept your nodeSelector["x.io/y"]: false (the preset has true)']);
  });
});

describe('sameValue', () => {
  it('compares deeply, ignoring key order but not list order or types', () => {
    expect(sameValue({ a: [1, { b: 'c' }], d: true }, { d: true, a: [1, { b: 'c' }] })).toBe(true);
    expect(sameValue([1, 2], [2, 1])).toBe(false);
    expect(sameValue({ a: 'true' }, { a: true })).toBe(false);
    expect(sameValue({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameValue(null, {})).toBe(false);
  });
});
