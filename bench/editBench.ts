import { parseDocument } from 'yaml';
import { applyEdit, type Edit } from '../src/edit/edit';
import type { Path } from '../src/path/path';
import { typicalDocument } from './documents';
import { measure, type Stats } from './measure';
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

/** One form edit on the big document, against parse + toString of a small document. */
export function editFigures(big: string): Figure[] {
  const small = typicalDocument();
  const baseline: { title: string; stats: Stats } = {
    title: 'parseDocument(typical).toString()',
    stats: measure(() => parseDocument(small).toString()),
  };
  return edits(big).map(({ name, edit }) => {
    const result = applyEdit(big, edit);
    if (!result.ok) throw new Error(`bench edit ${name} failed: ${result.error}`);
    return figure(
      `edit-${name.replace(/ /g, '-')}`,
      `applyEdit on the 5,000-line file: ${name}`,
      measure(() => applyEdit(big, edit), { warmup: 2, minRuns: 7, minTimeMs: 1500 }),
      { maxMs: 5, maxRatio: 2 },
      baseline,
    );
  });
}
