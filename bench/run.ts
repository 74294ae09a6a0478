import { writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { removeAppBuild } from './appBuild';
import { browserFigures } from './browserBench';
import { bundleFigures } from './bundleBench';
import { checkFigures } from './checkBench';
import { cliFigures } from './cliBench';
import { polyaxonFile } from './documents';
import { editFigures } from './editBench';
import { hostileFigures } from './hostileBench';
import { formatResult, type Figure, type SizeFigure } from './report';

// `npm run bench`: every figure with its baseline, ratio and target; results in bench/results.json.
// `npm run bench -- edit check`: only the groups named (by their first word), printed, not saved.
const started = performance.now();
const big = polyaxonFile(5000);
const figures: (Figure | SizeFigure)[] = [];
const GROUPS = [
  ['Check', () => checkFigures(big)],
  ['Edit', () => editFigures(big)],
  ['CLI', () => cliFigures(big)],
  ['Hostile input', () => hostileFigures()],
  ['Bundle', () => bundleFigures()],
  ['Browser', () => browserFigures(big)],
] as const;
const only = process.argv.slice(2).map((a) => a.toLowerCase());
const picked = GROUPS.filter(
  ([group]) => only.length === 0 || only.includes((group.split(' ')[0] ?? group).toLowerCase()),
);
if (picked.length === 0)
  throw new Error(`no such group: ${only.join(', ')} (${GROUPS.map((g) => g[0]).join(', ')})`);
try {
  for (const [group, make] of picked) {
    console.log(`\n== ${group}`);
    for (const f of await make()) {
      console.log(formatResult(f));
      figures.push(f);
    }
  }
} finally {
  removeAppBuild();
}
const seconds = (performance.now() - started) / 1000;
const missed = figures.filter((f) => !f.pass).map((f) => f.id);
console.log(`\n${figures.length - missed.length}/${figures.length} targets met in ${seconds.toFixed(0)} s`);
if (missed.length) console.log(`missed: ${missed.join(', ')}`);
if (only.length > 0) console.log('(a subset: bench/results.json is left as it was)');
else
  writeFileSync(
    new URL('./results.json', import.meta.url),
    `${JSON.stringify(
      {
        date: new Date().toISOString(),
        node: process.version,
        cpus: availableParallelism(),
        seconds,
        figures,
      },
      null,
      2,
    )}\n`,
  );
