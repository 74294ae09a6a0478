import { formatPath, type form as core } from '../../../src/index';
import { shapeNote } from './affinityModel';

const NOTE_CLASS = 'text-xs text-amber-700 dark:text-amber-400';

/** Says when a value is written with a shape the form cannot edit; renders nothing otherwise. */
export function ShapeNote({
  at,
  expected,
}: {
  readonly at: core.View;
  readonly expected: 'list' | 'mapping';
}) {
  const note = shapeNote(at.value, expected);
  if (note === null) return null;
  return (
    <p className={NOTE_CLASS} data-shape-note={formatPath(at.path)}>
      {note}
    </p>
  );
}
