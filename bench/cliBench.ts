import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkText } from '../src/index';
import { run } from '../src/cli/run';
import { clearSourceCache } from '../src/yaml/sourceCache';
import { measurePair, summarize } from './measure';
import { figure, type Figure } from './report';

/**
 * `check` on the big file: in process (bytes injected) and as a real process. The parse cache
 * is emptied before each call, so both the CLI and its baseline parse the text.
 */
export function cliFigures(big: string): Figure[] {
  const bytes = new TextEncoder().encode(big);
  const options = { warmup: 2, minRuns: 7, minTimeMs: 2000 };
  const [cli, base] = measurePair(
    () => run(['check', 'big.yaml'], () => bytes),
    () => {
      clearSourceCache();
      return checkText(big);
    },
    { ...options, setup: clearSourceCache },
  );
  const inProcess = figure(
    'cli-check-5000',
    'CLI `check` of the 5,000-line file (in process: decode, check, format)',
    cli,
    { maxRatio: 1.25 },
    { title: 'checkText', stats: base },
  );
  const dir = mkdtempSync(join(tmpdir(), 'px-bench-'));
  try {
    const file = join(dir, 'big.yaml');
    writeFileSync(file, big);
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      const child = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'check', file], {
        encoding: 'utf8',
      });
      times.push(performance.now() - t0);
      if (child.status !== 0 && child.status !== 1) throw new Error(`CLI failed: ${child.stderr}`);
    }
    const process_ = figure(
      'cli-process-5000',
      'CLI `check` of the 5,000-line file as a process (node + tsx start-up included)',
      summarize(times),
      {},
      undefined,
      'reported only: start-up (node, tsx compiling the sources) dominates; the in-process figure is the target',
    );
    return [inProcess, process_];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
