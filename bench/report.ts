import type { Stats } from './measure';

/** One printed and saved benchmark figure. */
export interface Figure {
  readonly id: string;
  readonly title: string;
  readonly stats: Stats;
  readonly baseline?: { readonly title: string; readonly stats: Stats };
  /** Median over the baseline's median. */
  readonly ratio?: number;
  readonly target: string;
  readonly pass: boolean;
  readonly note?: string;
}

export interface Targets {
  /** At most this many times the baseline (median). */
  readonly maxRatio?: number;
  /** At most this many milliseconds (median). */
  readonly maxMs?: number;
  /** At most this many milliseconds at the 95th percentile. */
  readonly maxP95Ms?: number;
  /** With both: pass when either holds (a bound for hostile input) rather than both. */
  readonly either?: boolean;
}

/** A figure judged against its targets. */
export function figure(
  id: string,
  title: string,
  stats: Stats,
  targets: Targets,
  baseline?: { title: string; stats: Stats },
  note?: string,
): Figure {
  const ratio = baseline && baseline.stats.median > 0 ? stats.median / baseline.stats.median : undefined;
  const checks: boolean[] = [];
  const parts: string[] = [];
  if (targets.maxRatio !== undefined && ratio !== undefined) {
    checks.push(ratio <= targets.maxRatio);
    parts.push(`≤ ${targets.maxRatio}× baseline`);
  }
  if (targets.maxMs !== undefined) {
    checks.push(stats.median <= targets.maxMs);
    parts.push(`≤ ${targets.maxMs} ms`);
  }
  if (targets.maxP95Ms !== undefined) {
    checks.push(stats.p95 <= targets.maxP95Ms);
    parts.push(`p95 ≤ ${targets.maxP95Ms} ms`);
  }
  const pass = targets.either ? checks.some(Boolean) : checks.every(Boolean);
  return {
    id,
    title,
    stats,
    ...(baseline ? { baseline } : {}),
    ...(ratio !== undefined ? { ratio } : {}),
    target: parts.join(targets.either ? ' or ' : ' and ') || 'reported only',
    pass,
    ...(note ? { note } : {}),
  };
}

/** A figure that could not be measured (its group failed): reported as missed, with why. */
export function failedFigure(id: string, title: string, target: string, why: string): Figure {
  const stats = { median: 0, p95: 0, min: 0, runs: 0 };
  return { id, title, stats, target, pass: false, note: `not measured: ${why}` };
}

const ms = (n: number): string => `${n < 10 ? n.toFixed(2) : n.toFixed(1)} ms`;

/** The figure as printed lines. */
export function formatFigure(f: Figure): string {
  const lines = [`${f.pass ? 'PASS' : 'MISS'}  ${f.title}`];
  if (f.stats.runs === 0) return [...lines, `      target ${f.target}`, `      ${f.note ?? ''}`].join('\n');
  lines.push(`      median ${ms(f.stats.median)}, p95 ${ms(f.stats.p95)} (${f.stats.runs} runs)`);
  if (f.baseline) {
    lines.push(
      `      baseline ${f.baseline.title}: median ${ms(f.baseline.stats.median)}, p95 ${ms(f.baseline.stats.p95)}`,
    );
  }
  lines.push(`      ratio ${f.ratio !== undefined ? `${f.ratio.toFixed(2)}×` : '-'}; target ${f.target}`);
  if (f.note) lines.push(`      ${f.note}`);
  return lines.join('\n');
}

/** A size figure: bytes (the sum of its parts) against a budget. */
export interface SizeFigure {
  readonly id: string;
  readonly title: string;
  readonly bytes: number;
  readonly parts: readonly { readonly name: string; readonly bytes: number }[];
  readonly target: string;
  readonly pass: boolean;
}

const kb = (n: number): string => `${(n / 1000).toFixed(1)} KB`;

/** A size figure judged against its budget. */
export function sizeFigure(
  id: string,
  title: string,
  parts: SizeFigure['parts'],
  maxBytes: number,
): SizeFigure {
  const bytes = parts.reduce((sum, part) => sum + part.bytes, 0);
  return { id, title, bytes, parts, target: `≤ ${kb(maxBytes)}`, pass: bytes <= maxBytes };
}

/** Any figure as printed lines. */
export function formatResult(f: Figure | SizeFigure): string {
  if (!('bytes' in f)) return formatFigure(f);
  return [
    `${f.pass ? 'PASS' : 'MISS'}  ${f.title}`,
    `      ${kb(f.bytes)} (${f.bytes} bytes) in ${f.parts.length} files; target ${f.target}`,
    ...[...f.parts]
      .sort((a, b) => b.bytes - a.bytes)
      .map((p) => `      ${kb(p.bytes).padStart(9)}  ${p.name}`),
  ].join('\n');
}
