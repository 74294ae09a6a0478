import { describe, expect, it } from 'vitest';
import { form } from '../../src/index';
import { setRowField } from './rowFieldEdits';

const root = form.view(['environment'], {
  tolerations: [{ key: 'a', effect: 'NoSchedule' }, { key: 'b' }, { tolerationSeconds: 5 }],
});
const row = (i: number) => form.child(form.field(root, 'tolerations'), i);

describe('setRowField', () => {
  it('sets a field of the row', () => {
    expect(setRowField(root, row(0), 'value', 'x')).toEqual([
      { op: 'set', path: ['environment', 'tolerations', 0, 'value'], value: 'x' },
    ]);
  });
  it('unsets a cleared field when the row keeps other fields', () => {
    expect(setRowField(root, row(0), 'key', '')).toEqual([
      { op: 'remove', path: ['environment', 'tolerations', 0, 'key'] },
    ]);
  });
  it('keeps the row when its only field is cleared', () => {
    expect(setRowField(root, row(1), 'key', '')).toEqual([
      { op: 'set', path: ['environment', 'tolerations', 1, 'key'], value: '' },
    ]);
    expect(setRowField(root, row(2), 'tolerationSeconds', undefined)).toEqual([
      { op: 'set', path: ['environment', 'tolerations', 2], value: {} },
    ]);
  });
  it('does nothing when clearing a field that is not there', () => {
    expect(setRowField(root, row(1), 'effect', undefined)).toEqual([]);
  });
});
