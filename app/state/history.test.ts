import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  changeBetween,
  EMPTY_HISTORY,
  fitsText,
  historyFrom,
  MAX_CHANGES,
  MERGE_WINDOW_MS,
  record,
  redo,
  undo,
  type History,
} from './history';

function recordAll(texts: readonly string[], origin: 'type' | 'fix', step: number): History {
  let history = EMPTY_HISTORY;
  for (let i = 1; i < texts.length; i++)
    history = record(history, texts[i - 1] as string, texts[i] as string, origin, i * step);
  return history;
}

describe('history', () => {
  it('stores the smallest splice', () => {
    expect(changeBetween('a: 1\nb: 2\n', 'a: 1\nb: 3\n', 'fix', 5)).toEqual({
      from: 8,
      removed: '2',
      inserted: '3',
      origin: 'fix',
      at: 5,
    });
  });

  it('undoes and redoes back to every earlier text', () => {
    const texts = ['', 'a: 1\n', 'a: 1\nb: 2\n', 'a: 10\nb: 2\n', 'b: 2\n'];
    let history = recordAll(texts, 'fix', 10);
    let text = texts[texts.length - 1] as string;
    for (let i = texts.length - 2; i >= 0; i--) {
      const step = undo(history, text);
      expect(step?.text).toBe(texts[i]);
      history = step!.history;
      text = step!.text;
    }
    expect(undo(history, text)).toBeNull();
    for (let i = 1; i < texts.length; i++) {
      const step = redo(history, text);
      expect(step?.text).toBe(texts[i]);
      history = step!.history;
      text = step!.text;
    }
    expect(redo(history, text)).toBeNull();
  });

  it('merges keystrokes and edits of one form field that come close together', () => {
    const typed = recordAll(['a: ', 'a: x', 'a: xy', 'a: xyz'], 'type', 10);
    expect(typed.past).toHaveLength(1);
    expect(undo(typed, 'a: xyz')?.text).toBe('a: ');
    const slow = recordAll(['a: ', 'a: x', 'a: xy'], 'type', MERGE_WINDOW_MS + 1);
    expect(slow.past).toHaveLength(2);
    const fixes = recordAll(['a: ', 'a: x', 'a: xy'], 'fix', 10);
    expect(fixes.past).toHaveLength(2);
    let form = record(EMPTY_HISTORY, 'a: 1\n', 'a: 12\n', 'form:a', 1);
    form = record(form, 'a: 12\n', 'a: 123\n', 'form:a', 2);
    form = record(form, 'a: 123\n', 'a: 123\nb: 1\n', 'form:b', 3);
    expect(form.past.map((c) => c.origin)).toEqual(['form:a', 'form:b']);
    expect(undo(form, 'a: 123\nb: 1\n')?.text).toBe('a: 123\n');
  });

  it('drops a merged change that cancels itself out', () => {
    const history = recordAll(['a', 'ab', 'a'], 'type', 10);
    expect(history.past).toHaveLength(0);
  });

  it('a new change clears what could be redone', () => {
    const history = recordAll(['', 'a', 'ab'], 'fix', 10);
    const step = undo(history, 'ab')!;
    expect(step.history.future).toHaveLength(1);
    expect(record(step.history, 'a', 'ac', 'fix', 100).future).toHaveLength(0);
  });

  it('refuses a history that does not match the text', () => {
    const history = recordAll(['', 'abc'], 'fix', 10);
    expect(undo(history, 'xyz')).toBeNull();
    expect(fitsText(history, 'abc')).toBe(true);
    expect(fitsText(history, 'xyz')).toBe(false);
  });

  it('keeps within its bounds, dropping the oldest changes', () => {
    let history = EMPTY_HISTORY;
    let text = '';
    for (let i = 0; i < MAX_CHANGES + 20; i++) {
      const next = `${text}${i % 10}`;
      history = record(history, text, next, 'fix', i);
      text = next;
    }
    expect(history.past).toHaveLength(MAX_CHANGES);
    expect(fitsText(history, text)).toBe(true);
  });

  it('reads back only well-formed histories', () => {
    const history = recordAll(['', 'a'], 'fix', 10);
    expect(historyFrom(JSON.parse(JSON.stringify(history)))).toEqual(history);
    expect(historyFrom(null)).toBe(EMPTY_HISTORY);
    expect(historyFrom({ past: [{ from: -1 }], future: [] })).toBe(EMPTY_HISTORY);
    expect(historyFrom({ past: 'x', future: [] })).toBe(EMPTY_HISTORY);
  });

  it('undoing everything returns the first text, for any sequence of texts', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 12 }), { minLength: 1, maxLength: 12 }), (texts) => {
        let history = EMPTY_HISTORY;
        for (let i = 1; i < texts.length; i++)
          history = record(history, texts[i - 1]!, texts[i]!, i % 2 ? 'type' : 'fix', i * 10);
        let text = texts[texts.length - 1]!;
        for (let step = undo(history, text); step; step = undo(history, text)) {
          history = step.history;
          text = step.text;
        }
        expect(text).toBe(texts[0]);
      }),
    );
  });
});
