import { formatPath, form as core } from '../../../src/index';
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

/** Lists keys of a mapping the affinity form has no control for (kept in the YAML as written). */
export function OtherKeysNote({ at, known }: { readonly at: core.View; readonly known: readonly string[] }) {
  const others = core.otherKeys(at, known);
  if (others.length === 0) return null;
  return (
    <p className={NOTE_CLASS}>
      Kept in the YAML only:{' '}
      {others.map((k, i) => (
        <span key={k}>
          {i > 0 && ', '}
          <code data-other-key={formatPath([...at.path, k])}>{k}</code>
        </span>
      ))}
    </p>
  );
}
