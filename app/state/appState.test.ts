import { describe, expect, it } from 'vitest';
import type { AppState } from './appState';
import { reduceApp } from './appState';
import { DEFAULT_DOCUMENT } from './defaultDocument';
import { stateFromFragment } from './initialState';

const base: AppState = { text: 'a: 1\n', loads: 0, kind: 'auto', policy: 'none', notice: null };

describe('reduceApp', () => {
  it('takes edits without counting them as loads', () => {
    const next = reduceApp(base, { type: 'edit', text: 'a: 2\n' });
    expect(next).toEqual({ ...base, text: 'a: 2\n' });
    expect(reduceApp(base, { type: 'edit', text: base.text })).toBe(base);
  });

  it('counts loads so an uncontrolled editor can take the text over', () => {
    const next = reduceApp(base, { type: 'load', text: 'b: 1\n', notice: null });
    expect(next.loads).toBe(1);
    expect(reduceApp(next, { type: 'load', text: 'b: 1\n', notice: null }).loads).toBe(2);
  });

  it('sets options and clears the notice', () => {
    const loaded = reduceApp(base, { type: 'load', text: '', notice: 'bad link' });
    expect(loaded.notice).toBe('bad link');
    expect(reduceApp(loaded, { type: 'dismissNotice' }).notice).toBeNull();
    expect(reduceApp(base, { type: 'setKind', kind: 'cleaner' }).kind).toBe('cleaner');
    expect(reduceApp(base, { type: 'setPolicy', policy: 'restricted' }).policy).toBe('restricted');
  });
});

describe('stateFromFragment', () => {
  it('starts with the example document when the link has none', () => {
    expect(stateFromFragment({ yaml: { status: 'absent' } })).toMatchObject({
      text: DEFAULT_DOCUMENT,
      notice: null,
    });
  });

  it("starts with the link's document and options", () => {
    const state = stateFromFragment({
      yaml: { status: 'ok', text: 'x: 1' },
      kind: 'cleaner',
      policy: 'baseline',
    });
    expect(state).toEqual({ text: 'x: 1', loads: 0, kind: 'cleaner', policy: 'baseline', notice: null });
  });

  it('starts empty, with the reason, when the link is broken', () => {
    const state = stateFromFragment({ yaml: { status: 'invalid', message: 'unreadable' } });
    expect(state.text).toBe('');
    expect(state.notice).toBe('unreadable');
  });
});
