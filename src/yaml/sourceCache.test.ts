import { afterEach, describe, expect, it } from 'vitest';
import type { Document } from 'yaml';
import {
  clearSourceCache,
  DEFAULT_SOURCE_CACHE_LIMITS,
  parseCached,
  INCREMENTAL_FROM,
  setParseReuse,
  setSourceCacheLimits,
  sourceCacheStats,
} from './sourceCache';
import { parseSource, type SourceFile } from './source';

const TEXTS = [
  '',
  '# only a comment\n',
  'environment:\n  nodeName: n1 # the node\n  tolerations:\n    - key: a\n      effect: NoSchedule\n',
  'a: 1\n---\nb: [1, 2\n---\n- x\n',
  'a: &x {b: 1}\nc: *x\n',
  'a: 1\r\nb: "two"\r\n',
  'key: value\n\tbad: indent\n',
];

// Everything a caller can read of a parse, as plain data.
function reading(file: SourceFile): unknown {
  return {
    text: file.text,
    lineStarts: file.lines.lineStarts,
    docs: file.docs.map((doc: Document.Parsed) => ({
      range: doc.range,
      errors: doc.errors.map((e) => [e.code, e.pos]),
      warnings: doc.warnings.map((w) => [w.code, w.pos]),
      js: safeJs(doc),
      text: doc.errors.length === 0 ? String(doc) : null,
    })),
  };
}

function safeJs(doc: Document.Parsed): unknown {
  try {
    return doc.toJS();
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

afterEach(() => {
  setParseReuse('copy');
  setSourceCacheLimits(DEFAULT_SOURCE_CACHE_LIMITS);
});

describe('parseCached', () => {
  it('reads every text as a fresh parse does', () => {
    clearSourceCache();
    for (const text of TEXTS) {
      expect(reading(parseCached(text))).toEqual(reading(parseSource(text)));
      // The cached copy too, after it was read once.
      expect(reading(parseCached(text))).toEqual(reading(parseSource(text)));
    }
  });

  it('returns the same parse for the same text, and counts hits and misses', () => {
    clearSourceCache();
    const text = 'a: 1\n';
    const first = parseCached(text);
    expect(parseCached(`a: ${1}\n`)).toBe(first);
    expect(parseCached('a: 2\n')).not.toBe(first);
    expect(sourceCacheStats()).toEqual({ entries: 2, chars: 10, hits: 1, misses: 2, incremental: 0 });
  });

  it('keeps the most recently used texts within its entry limit', () => {
    setSourceCacheLimits({ entries: 2, chars: 1000 });
    const a = parseCached('a: 1\n');
    const b = parseCached('b: 1\n');
    expect(parseCached('a: 1\n')).toBe(a); // a is now the most recent
    parseCached('c: 1\n'); // evicts b
    expect(sourceCacheStats().entries).toBe(2);
    expect(parseCached('a: 1\n')).toBe(a);
    expect(parseCached('b: 1\n')).not.toBe(b);
  });

  it('keeps the total text length within its limit, and never keeps a text longer than it', () => {
    setSourceCacheLimits({ entries: 10, chars: 12 });
    parseCached('a: 1\n');
    parseCached('b: 1\n');
    expect(sourceCacheStats()).toMatchObject({ entries: 2, chars: 10 });
    parseCached('c: 1\n'); // 15 characters: the oldest goes
    expect(sourceCacheStats()).toMatchObject({ entries: 2, chars: 10 });
    const long = parseCached('long: text here\n');
    expect(long.docs[0]?.toJS()).toEqual({ long: 'text here' });
    expect(sourceCacheStats()).toMatchObject({ entries: 2, chars: 10 });
    expect(parseCached('long: text here\n')).not.toBe(long);
  });

  it('keeps nothing with no room', () => {
    setSourceCacheLimits({ entries: 0, chars: 1000 });
    const a = parseCached('a: 1\n');
    expect(parseCached('a: 1\n')).not.toBe(a);
    expect(sourceCacheStats()).toMatchObject({ entries: 0, hits: 0, misses: 2 });
  });

  describe('moving the latest parse', () => {
    // Long enough to be read from the latest parse; each step adds to one more label's value.
    const steps = Array.from({ length: 4 }, (_, k) =>
      Array.from({ length: 900 }, (_, i) => {
        const typed = i > 0 && i % 200 === 0 && i / 200 <= k ? 'x' : '';
        return `s${i}:\n  labels:\n    team: t${i}${typed}\n`;
      }).join(''),
    );

    it('reads each text as a fresh parse does, keeping only the newest', () => {
      expect(steps[0]!.length).toBeGreaterThan(INCREMENTAL_FROM);
      setParseReuse('move');
      clearSourceCache();
      const first = parseCached(steps[0]!);
      for (const text of steps.slice(1)) {
        expect(reading(parseCached(text))).toEqual(reading(parseSource(text)));
        expect(sourceCacheStats().entries).toBe(1);
      }
      expect(sourceCacheStats().incremental).toBe(steps.length - 1);
      // The first text was spent on the second: asked again, it is parsed afresh and read right.
      const again = parseCached(steps[0]!);
      expect(again).not.toBe(first);
      expect(reading(again)).toEqual(reading(parseSource(steps[0]!)));
    });

    it('copies by default: an earlier parse stays as it was', () => {
      clearSourceCache();
      const first = parseCached(steps[0]!);
      const before = reading(first);
      parseCached(steps[1]!);
      expect(sourceCacheStats()).toMatchObject({ entries: 2, incremental: 1 });
      expect(parseCached(steps[0]!)).toBe(first);
      expect(reading(first)).toEqual(before);
    });
  });
});
