import { describe, expect, it } from 'vitest';
import type { Saved } from './autosave';
import { DEFAULT_DOCUMENT } from './defaultDocument';
import { EMPTY_HISTORY, record, undo } from './history';
import { startState } from './initialState';

const saved: Saved = {
  text: 'environment:\n  restartPolicy: Never\n',
  kind: 'environment',
  policy: 'baseline',
  history: record(EMPTY_HISTORY, 'environment: {}\n', 'environment:\n  restartPolicy: Never\n', 'fix', 1),
  dirty: true,
  link: '#yaml=old',
};

describe('startState', () => {
  it('starts with the example document when there is no link and nothing saved', () => {
    expect(startState({ yaml: { status: 'absent' } }, '', null, 0)).toMatchObject({
      text: DEFAULT_DOCUMENT,
      notice: null,
    });
  });

  it('restores the saved session, with its history, when there is no link', () => {
    const state = startState({ yaml: { status: 'absent' } }, '', saved, 0);
    expect(state).toMatchObject({ text: saved.text, kind: 'environment', policy: 'baseline', dirty: true });
    expect(undo(state.history, state.text)?.text).toBe('environment: {}\n');
  });

  it("starts with a new link's document and options, the saved work one undo away", () => {
    const state = startState(
      { yaml: { status: 'ok', text: 'x: 1' }, kind: 'cleaner', policy: 'restricted' },
      '#yaml=new',
      saved,
      5,
    );
    expect(state).toMatchObject({ text: 'x: 1', kind: 'cleaner', policy: 'restricted', link: '#yaml=new' });
    expect(undo(state.history, state.text)?.text).toBe(saved.text);
    expect(startState({ yaml: { status: 'ok', text: 'x: 1' } }, '#yaml=new', null, 5).history).toBe(
      EMPTY_HISTORY,
    );
  });

  it('restores the session made from the same link (a reload keeps the edits)', () => {
    const state = startState({ yaml: { status: 'ok', text: 'x: 1' } }, '#yaml=old', saved, 5);
    expect(state.text).toBe(saved.text);
  });

  it('keeps the saved work when the link is broken, and says why', () => {
    const state = startState(
      { yaml: { status: 'invalid', message: 'Unreadable link.' } },
      '#yaml=@',
      saved,
      5,
    );
    expect(state.text).toBe(saved.text);
    expect(state.notice).toBe('Unreadable link. Your previous work is kept.');
    const fresh = startState(
      { yaml: { status: 'invalid', message: 'Unreadable link.' } },
      '#yaml=@',
      null,
      5,
    );
    expect(fresh).toMatchObject({ text: '', notice: 'Unreadable link.' });
  });
});
