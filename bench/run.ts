import { writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { checkFigures } from './checkBench';
import { cliFigures } from './cliBench';
import { polyaxonFile } from './documents';
import { editFigures } from './editBench';
import { hostileFigures } from './hostileBench';
import { formatFigure, type Figure } from './report';

// `npm run bench`: every figure with its baseline, ratio and target; results in bench/results.json.
const started = performance.now();
const big = polyaxonFile(5000);
const figures: Figure[] = [];
for (const [group, make] of [
  ['Check', () => checkFigures(big)],
  ['Edit', () => editFigures(big)],
  ['CLI', () => cliFigures(big)],
  ['Hostile input', () => hostileFigures()],
] as const) {
  console.log(`\n== ${group}`);
  for (const f of make()) {
    console.log(formatFigure(f));
    figures.push(f);
  }
}
const seconds = (performance.now() - started) / 1000;
const missed = figures.filter((f) => !f.pass).map((f) => f.id);
console.log(`\n${figures.length - missed.length}/${figures.length} targets met in ${seconds.toFixed(0)} s`);
if (missed.length) console.log(`missed: ${missed.join(', ')}`);
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
