/** Timing statistics of one measured operation, in milliseconds. */
export interface Stats {
  readonly median: number;
  readonly p95: number;
  readonly min: number;
  readonly runs: number;
}

export interface MeasureOptions {
  /** Untimed calls first, so the JIT has compiled the hot paths. */
  readonly warmup: number;
  /** At least this many timed calls… */
  readonly minRuns: number;
  /** …and more until this much time is spent (bounded by maxRuns). */
  readonly minTimeMs: number;
  readonly maxRuns: number;
  /** Runs untimed before every call of the measured operation (e.g. to empty a cache). */
  readonly setup?: () => unknown;
}

export const DEFAULT_MEASURE: MeasureOptions = { warmup: 5, minRuns: 15, minTimeMs: 1500, maxRuns: 2000 };

/** Runs `fn` after a warm-up, repeatedly, and returns the median and 95th percentile. */
export function measure(fn: () => unknown, options: Partial<MeasureOptions> = {}): Stats {
  const o = { ...DEFAULT_MEASURE, ...options };
  for (let i = 0; i < o.warmup; i++) {
    o.setup?.();
    fn();
  }
  const times: number[] = [];
  const start = performance.now();
  while (times.length < o.minRuns || (performance.now() - start < o.minTimeMs && times.length < o.maxRuns)) {
    o.setup?.();
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return summarize(times);
}

/** Median, p95 and minimum of a list of durations. */
export function summarize(times: readonly number[]): Stats {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number): number =>
    sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
  return { median: at(0.5), p95: at(0.95), min: sorted[0] ?? 0, runs: sorted.length };
}

/**
 * Measures a subject and its baseline in alternation, so both see the same machine load;
 * returns [subject, baseline]. `setup` runs before each subject call only.
 */
export function measurePair(
  subject: () => unknown,
  baseline: () => unknown,
  options: Partial<MeasureOptions> = {},
): [Stats, Stats] {
  const o = { ...DEFAULT_MEASURE, ...options };
  for (let i = 0; i < o.warmup; i++) {
    o.setup?.();
    subject();
    baseline();
  }
  const a: number[] = [];
  const b: number[] = [];
  const start = performance.now();
  while (a.length < o.minRuns || (performance.now() - start < o.minTimeMs && a.length < o.maxRuns)) {
    o.setup?.();
    let t0 = performance.now();
    subject();
    a.push(performance.now() - t0);
    t0 = performance.now();
    baseline();
    b.push(performance.now() - t0);
  }
  return [summarize(a), summarize(b)];
}
