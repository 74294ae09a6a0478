import { describe, expect, it } from 'vitest';
import { initialAppState, reduceApp } from './appState';
import { readSaved, SESSION_KEY, writeSaved } from './autosave';

/** A Storage that holds at most `quota` characters, like a browser's full local storage. */
class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  constructor(private readonly quota = Infinity) {}
  get length(): number {
    return this.items.size;
  }
  clear(): void {
    this.items.clear();
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  setItem(key: string, value: string): void {
    if (value.length > this.quota) throw new DOMException('full', 'QuotaExceededError');
    this.items.set(key, value);
  }
}

const edited = [1, 2, 3].reduce(
  (state, n) => reduceApp(state, { type: 'edit', text: `a: ${n}\n`, origin: 'fix', at: n }),
  initialAppState('a: 0\n', { kind: 'cleaner', link: '#yaml=YTogMAo' }),
);

describe('autosave', () => {
  it('reads back what it saved, history included', () => {
    const storage = new MemoryStorage();
    expect(writeSaved(storage, edited)).toBe('saved');
    expect(readSaved(storage)).toEqual({
      text: 'a: 3\n',
      kind: 'cleaner',
      policy: 'none',
      history: edited.history,
      dirty: true,
      link: '#yaml=YTogMAo',
    });
  });

  it('gives up the history before the text when the storage is full', () => {
    const storage = new MemoryStorage(200);
    expect(writeSaved(storage, edited)).toBe('saved-without-history');
    expect(readSaved(storage)?.text).toBe('a: 3\n');
    expect(writeSaved(new MemoryStorage(10), edited)).toBe('failed');
    expect(writeSaved(null, edited)).toBe('failed');
  });

  it('ignores what it cannot trust', () => {
    const storage = new MemoryStorage();
    expect(readSaved(storage)).toBeNull();
    for (const junk of ['{', '42', 'null', '{"text": 5}']) {
      storage.setItem(SESSION_KEY, junk);
      expect(readSaved(storage), junk).toBeNull();
    }
    storage.setItem(SESSION_KEY, JSON.stringify({ text: 'b', kind: 'pod', history: { past: [] } }));
    expect(readSaved(storage)).toMatchObject({ text: 'b', kind: 'auto', history: { past: [], future: [] } });
  });

  it('drops a history that does not fit the saved text', () => {
    const storage = new MemoryStorage();
    writeSaved(storage, edited);
    const raw = JSON.parse(storage.getItem(SESSION_KEY) ?? '{}') as Record<string, unknown>;
    storage.setItem(SESSION_KEY, JSON.stringify({ ...raw, text: 'something else' }));
    expect(readSaved(storage)?.history.past).toEqual([]);
  });
});
