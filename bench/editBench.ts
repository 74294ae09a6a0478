import { parseDocument } from 'yaml';
import { applyEdit, type Edit } from '../src/edit/edit';
import type { Path } from '../src/path/path';
import { clearSourceCache, parseCached, sourceCacheStats } from '../src/yaml/sourceCache';
import { typicalDocument } from './documents';
import { measure, measurePair } from './measure';
import { figure, type Figure } from './report';

/** The environment of the 41st operation (a job) in `polyaxonFile`. */
const ENV: Path = ['run', 'operations', 40, 'component', 'run', 'environment'];

function edits(big: string): { name: string; edit: Edit }[] {
  const count =
    (big.split(`# step 40\n`)[1] ?? '').split('# step 41')[0]?.match(/^ {14}- key:/gm)?.length ?? 1;
  return [
    { name: 'set a value', edit: { op: 'set', path: [...ENV, 'restartPolicy'], value: 'OnFailure' } },
    {
      name: 'add a toleration',
      edit: {
        op: 'insert',
        path: [...ENV, 'tolerations'],
        index: count,
        value: { key: 'example.com/maintenance', operator: 'Exists', effect: 'NoSchedule' },
      },
    },
    { name: 'remove a label', edit: { op: 'remove', path: [...ENV, 'labels', 'cost-center'] } },
  ];
}

const BASELINE = 'parseDocument(typical).toString()';

/**
 * One form edit on the big document, against parse + toString of a small document.
 *
 * - warm: as in the app, where every text is parsed for the check before the form can edit
 *   it. Before each timed edit the cache is emptied and holds only a fresh parse of the input
 *   (untimed), so nothing else carries over from one run to the next: the timed part is
 *   everything the edit does (locate, measure the layout, render, splice, verify).
 * - cold: the first sight of the text (empty cache): the parse of the input is included.
 */
export function editFigures(big: string): Figure[] {
  const small = typicalDocument();
  const baseline = (): unknown => parseDocument(small).toString();
  const out: Figure[] = [];
  for (const { name, edit } of edits(big)) {
    const id = name.replace(/ /g, '-');
    clearSourceCache();
    const result = applyEdit(big, edit);
    if (!result.ok) throw new Error(`bench edit ${name} failed: ${result.error}`);
    // Parsed once (the input); the result was verified on the changed lines only.
    const misses = sourceCacheStats().misses;
    const prime = (): void => {
      clearSourceCache();
      parseCached(big);
    };
    const [warm, base] = measurePair(() => applyEdit(big, edit), baseline, {
      warmup: 3,
      minRuns: 25,
      minTimeMs: 0,
      setup: prime,
    });
    out.push(
      figure(
        `edit-warm-${id}`,
        `applyEdit on the 5,000-line file, input already parsed for the check: ${name}`,
        warm,
        { maxMs: 5, maxRatio: 2 },
        { title: BASELINE, stats: base },
        `full parses per edit: ${misses} (the input's, shared with the check)`,
      ),
    );
    const cold = measure(() => applyEdit(big, edit), {
      warmup: 1,
      minRuns: 5,
      minTimeMs: 0,
      setup: clearSourceCache,
    });
    out.push(
      figure(
        `edit-cold-${id}`,
        `applyEdit on the 5,000-line file, first sight of the text: ${name}`,
        cold,
        {},
        { title: BASELINE, stats: base },
        'reported only: includes the parse of the input, which the app does once for the check',
      ),
    );
  }
  clearSourceCache();
  return out;
}
