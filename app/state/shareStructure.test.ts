import { describe, expect, it } from 'vitest';
import { form } from '../../src/index';
import { shareStructure } from './shareStructure';

describe('shareStructure', () => {
  it('gives back the previous value when nothing changed', () => {
    const prev = { labels: { team: 'ml' }, tolerations: [{ key: 'gpu', effect: 'NoSchedule' }], priority: 3 };
    const next = structuredClone(prev);
    expect(shareStructure(prev, next)).toBe(prev);
  });

  it('keeps the identity of unchanged parts and takes the changed ones', () => {
    const prev = { labels: { team: 'ml', app: 'x' }, tolerations: [{ key: 'gpu' }, { key: 'spot' }] };
    const next = { labels: { team: 'mlx', app: 'x' }, tolerations: [{ key: 'gpu' }, { key: 'spot' }] };
    const out = shareStructure(prev, next);
    expect(out).not.toBe(prev);
    expect(out).toEqual(next);
    expect(out.tolerations).toBe(prev.tolerations);
    expect(out.labels).not.toBe(prev.labels);
    expect(out.labels.team).toBe('mlx');
  });

  it('shares list items that stayed, and sees added, removed and reordered entries', () => {
    type Value = { list: Record<string, number>[]; map: Record<string, number> };
    const prev: Value = { list: [{ a: 1 }, { b: 2 }], map: { a: 1, b: 2 } };
    const added = shareStructure(prev, { list: [{ a: 1 }, { b: 2 }, { c: 3 }], map: { a: 1, b: 2 } });
    expect(added.list).not.toBe(prev.list);
    expect(added.list[0]).toBe(prev.list[0]);
    expect(added.map).toBe(prev.map);
    const removed = shareStructure(prev, { list: [{ a: 1 }], map: { a: 1 } });
    expect(removed).toEqual({ list: [{ a: 1 }], map: { a: 1 } });
    expect(removed.list[0]).toBe(prev.list[0]);
    // The form lists entries in the order they are written: a new order is a new value.
    const reordered = shareStructure(prev, { list: [{ a: 1 }, { b: 2 }], map: { b: 2, a: 1 } });
    expect(Object.keys(reordered.map)).toEqual(['b', 'a']);
    expect(reordered.map).not.toBe(prev.map);
  });

  it('tells scalars of another type apart and keeps a __proto__ key as data', () => {
    expect(shareStructure<unknown>({ a: 1 }, { a: '1' })).toEqual({ a: '1' });
    expect(shareStructure<unknown>({ a: null }, { a: {} })).toEqual({ a: {} });
    expect(shareStructure<unknown>([1], { 0: 1 })).toEqual({ 0: 1 });
    const next = JSON.parse('{"__proto__": {"polluted": true}, "a": 2}') as Record<string, unknown>;
    const out = shareStructure<Record<string, unknown>>(
      JSON.parse('{"__proto__": {"polluted": true}, "a": 1}') as Record<string, unknown>,
      next,
    );
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.keys(out)).toEqual(['__proto__', 'a']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('shares what a form keystroke did not touch between two readings of a section', () => {
    const text = (team: string) =>
      `environment:\n  labels:\n    team: ${team}\n  tolerations:\n    - key: gpu\n      operator: Exists\n`;
    const target = { doc: 0, path: ['environment'] };
    const before = form.readSnapshot(text('ml'), target);
    const after = form.readSnapshot(text('mlx'), target);
    if (before.status !== 'ok' || after.status !== 'ok') throw new Error('the texts read');
    expect(after.value['tolerations']).not.toBe(before.value['tolerations']);
    const out = shareStructure(before.value, after.value);
    expect(out['tolerations']).toBe(before.value['tolerations']);
    expect(out['labels']).toEqual({ team: 'mlx' });
  });
});
