import { describe, expect, it } from 'vitest';
import type { form } from '../../src/index';
import { snapshotSource, type SourceInputs } from './useFormSnapshot';

const read = (): form.FormSnapshot => ({ status: 'ok', value: {}, exists: true });
const worker: form.FormSnapshot = { status: 'ok', value: { nodeName: 'n' }, exists: true };
const BASE: SourceInputs = {
  text: 'now',
  deferredText: 'before',
  formEdit: false,
  typed: false,
  fromCheck: null,
  read,
};

describe('snapshotSource', () => {
  it('re-reads a form keystroke in the page, from the deferred text', () => {
    expect(snapshotSource({ ...BASE, formEdit: true, fromCheck: worker })).toEqual({ text: 'before', read });
    expect(snapshotSource({ ...BASE, formEdit: true, deferredText: null })).toEqual({ text: 'now', read });
  });

  it('shows typing in the YAML from the worker, and holds until its reading is in', () => {
    expect(snapshotSource({ ...BASE, typed: true, fromCheck: worker })).toBe(worker);
    expect(snapshotSource({ ...BASE, typed: true })).toBe('hold');
  });

  it('reads any other change in the page at once, or takes the worker reading before the reader loads', () => {
    expect(snapshotSource(BASE)).toEqual({ text: 'now', read });
    expect(snapshotSource({ ...BASE, read: null, fromCheck: worker })).toBe(worker);
    expect(snapshotSource({ ...BASE, read: null })).toBe('hold');
    expect(snapshotSource({ ...BASE, read: null, formEdit: true })).toBe('hold');
  });
});
