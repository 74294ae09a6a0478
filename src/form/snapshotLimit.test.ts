import { describe, expect, it } from 'vitest';
import { MAX_TEXT_LENGTH } from '../yaml/limits';
import { readSnapshot } from './snapshot';

const TARGET = { doc: 0, path: ['environment'] } as const;

/** A valid environment of `length` characters or a little more. */
function labels(length: number): string {
  const lines = ['environment:', '  labels:'];
  for (let i = 0, size = 0; size < length; i++) {
    const line = `    key-${i}: value-${i}`;
    lines.push(line);
    size += line.length + 1;
  }
  return `${lines.join('\n')}\n`;
}

describe('readSnapshot on a text the checker refuses', () => {
  it('does not read a text longer than the limit, and says why', () => {
    const text = labels(5 * 1024 * 1024);
    expect(readSnapshot(text, TARGET)).toEqual({
      status: 'too-large',
      message: 'the text is 5.0 MB, more than the 1.0 MB the form reads',
      at: { line: 1, col: 1, offset: 0 },
    });
  });

  it('reads a text of exactly the limit, and refuses one character more', () => {
    const head = 'environment:\n  labels:\n    long: ';
    const value = 'x'.repeat(MAX_TEXT_LENGTH - head.length - 1);
    const text = `${head}${value}\n`;
    expect(text).toHaveLength(MAX_TEXT_LENGTH);
    const snap = readSnapshot(text, TARGET);
    expect(snap.status).toBe('ok');
    if (snap.status === 'ok') expect(snap.value['labels']).toEqual({ long: value });
    expect(readSnapshot(`${text}\n`, TARGET).status).toBe('too-large');
  });
});

describe('readSnapshot on hostile nesting', () => {
  it('says a too-deep document is nested too deeply, not that the stack ran out', () => {
    const deep = `environment:\n  labels: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`;
    const snapshot = readSnapshot(deep, TARGET);
    expect(snapshot.status).not.toBe('ok');
    if (snapshot.status !== 'ok') expect(snapshot.message).not.toMatch(/call stack/i);
  });

  it('says aliases expand too much instead of the reader’s message', () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      const next = String.fromCharCode(97 + i);
      lines.push(
        `${next}: &${next} [*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev}]`,
      );
    }
    const text = `${lines.join('\n')}\nenvironment:\n  labels:\n    x: *i\n`;
    const snapshot = readSnapshot(text, TARGET);
    expect(snapshot.status).toBe('not-a-map');
    if (snapshot.status !== 'ok') expect(snapshot.message).toMatch(/aliases expand this section/);
  });
});
