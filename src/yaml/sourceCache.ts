import { MAX_TEXT_LENGTH } from './limits';
import { reparse, type Reuse } from './reparse';
import { parseSource, type SourceFile } from './source';

/**
 * The last few parsed texts, keyed by the exact text. The app parses the same text for the
 * check, the form and the next edit; parsing a 5,000-line file takes far longer than any of
 * them, so they share one parse.
 *
 * A cached SourceFile (its documents and nodes) is shared by every caller: read it, never
 * change it. Nothing in the core mutates parsed nodes; an edit writes text, not nodes.
 *
 * A text not seen before that differs from the most recently used one in a few lines (typing,
 * an edit) is read from that one's parse, re-reading only the lines around the change
 * (`reparse`); texts shorter than INCREMENTAL_FROM are parsed whole, which is as quick.
 *
 * A process that holds one parse at a time and lets go of it before reading the next text (the
 * app's check worker) can say so with `setParseReuse('move')`: the latest parse is then spent
 * on the next text (its nodes moved rather than copied) and the cache keeps only the new one.
 *
 * Memory is bounded by the number of entries and by their total text length (a parse holds
 * about 40 bytes of heap per character, so the defaults keep at most about 80 MB alive).
 */

export interface SourceCacheLimits {
  /** At most this many texts. */
  readonly entries: number;
  /** At most this many UTF-16 code units in all (a longer text is parsed but not kept). */
  readonly chars: number;
}

export const DEFAULT_SOURCE_CACHE_LIMITS: SourceCacheLimits = { entries: 4, chars: 2 * MAX_TEXT_LENGTH };

interface CacheState {
  limits: SourceCacheLimits;
  reuse: Reuse;
  /** Least recently used first (a Map keeps insertion order). */
  readonly files: Map<string, SourceFile>;
  chars: number;
  hits: number;
  misses: number;
  /** Misses read from the latest parse. */
  incremental: number;
}

const state: CacheState = {
  limits: DEFAULT_SOURCE_CACHE_LIMITS,
  reuse: 'copy',
  files: new Map(),
  chars: 0,
  hits: 0,
  misses: 0,
  incremental: 0,
};

/** The parse of `text`: from the cache when the same text was parsed recently. Never throws. */
export function parseCached(text: string): SourceFile {
  const cached = state.files.get(text);
  if (cached) {
    state.hits++;
    state.files.delete(text);
    state.files.set(text, cached);
    return cached;
  }
  state.misses++;
  const file = (text.length >= INCREMENTAL_FROM && fromLatest(text)) || parseSource(text);
  remember(file);
  return file;
}

/** Texts at least this long are read from the latest parse when they can be. */
export const INCREMENTAL_FROM = 16 * 1024;

function fromLatest(text: string): SourceFile | null {
  let latest: SourceFile | undefined;
  for (const file of state.files.values()) latest = file;
  if (!latest || Math.abs(latest.text.length - text.length) > text.length / 4) return null;
  // Moving spends the latest parse, and with it every other one kept: they share nodes with it.
  if (state.reuse === 'move') for (const [old] of state.files) forget(old);
  const file = reparse(latest, text, state.reuse);
  if (file) state.incremental++;
  return file;
}

function remember(file: SourceFile): void {
  const size = file.text.length;
  if (size > state.limits.chars || state.limits.entries < 1) return;
  state.files.set(file.text, file);
  state.chars += size;
  for (const [text] of state.files) {
    if (state.files.size <= state.limits.entries && state.chars <= state.limits.chars) break;
    forget(text);
  }
}

function forget(text: string): void {
  if (state.files.delete(text)) state.chars -= text.length;
}

/**
 * Whether a new text read from the latest parse copies the nodes it shares with it ('copy', the
 * default: every parse handed out stays valid) or moves them ('move': the latest parse is spent
 * with every other parse kept, which share nodes with it; only where no caller keeps a parse
 * while reading another text).
 */
export function setParseReuse(reuse: Reuse): void {
  state.reuse = reuse;
}

/** Empties the cache and resets its counters (benchmarks and tests). */
export function clearSourceCache(): void {
  state.files.clear();
  state.chars = 0;
  state.hits = 0;
  state.misses = 0;
  state.incremental = 0;
}

/** Sets the limits (tests) and empties the cache. */
export function setSourceCacheLimits(limits: SourceCacheLimits): void {
  state.limits = limits;
  clearSourceCache();
}

export interface SourceCacheStats {
  readonly entries: number;
  readonly chars: number;
  readonly hits: number;
  readonly misses: number;
  readonly incremental: number;
}

/** How many texts are cached, their total length, and the hits and misses since the last clear. */
export function sourceCacheStats(): SourceCacheStats {
  return {
    entries: state.files.size,
    chars: state.chars,
    hits: state.hits,
    misses: state.misses,
    incremental: state.incremental,
  };
}
