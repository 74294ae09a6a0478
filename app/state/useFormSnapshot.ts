import { useMemo, useState } from 'react';
import type { form } from '../../src/index';
import type { FormTargetChoice } from './formTarget';
import { shareStructure } from './shareStructure';

export interface FormState {
  /** The last readable state of the section (the current one when the text reads). */
  readonly value: Readonly<Record<string, unknown>>;
  /** Why the form is read-only right now, with where; null when the text reads. */
  readonly problem: { readonly message: string; readonly line: number; readonly col: number } | null;
}

/** Reads a section from a text (the core's `form.readSnapshot`, loaded with the edit engine). */
export type SectionReader = (text: string, target: form.FormTarget) => form.FormSnapshot;

/**
 * Where this render's reading of the section comes from: the page reads `text` itself; a reading
 * of the current text made elsewhere (the check worker) is given; or, `hold`, what is shown
 * stays until one of those is there.
 */
export type SnapshotSource =
  { readonly text: string; readonly read: SectionReader } | form.FormSnapshot | 'hold';

export interface SourceInputs {
  /** The current text. */
  readonly text: string;
  /** The text the form re-reads after a form keystroke (deferred), null until React has one. */
  readonly deferredText: string | null;
  /** The latest change was made in the form. */
  readonly formEdit: boolean;
  /** The current text was typed in the YAML pane. */
  readonly typed: boolean;
  /** The check worker's reading of the current text, if it is in. */
  readonly fromCheck: form.FormSnapshot | null;
  /** The page's reader, once the edit engine is loaded. */
  readonly read: SectionReader | null;
}

/**
 * Where the form's reading comes from. A form keystroke is re-read in the page, deferred (the
 * YAML pane draws first). Typing in the YAML is shown from the check worker's reading, so the page
 * parses nothing per keystroke. Any other change (an undo, a fix, a load) is read in the page at
 * once, or taken from the worker while the reader is not loaded. Until a reading of the current
 * text is there, the form keeps what it shows.
 */
export function snapshotSource(inputs: SourceInputs): SnapshotSource {
  const { read } = inputs;
  if (read && inputs.formEdit) return { text: inputs.deferredText ?? inputs.text, read };
  if (inputs.fromCheck) return inputs.fromCheck;
  if (read && !inputs.typed) return { text: inputs.text, read };
  return 'hold';
}

interface Shown {
  readonly key: string;
  readonly state: FormState;
}

const NOTHING: Readonly<Record<string, unknown>> = Object.freeze({});

/**
 * The section as the form shows it, keeping the last good state while the YAML does not parse;
 * null while nothing of this section has been read yet. Parts of the value that an edit did not
 * change keep their identity (`shareStructure`), so only the form parts showing what changed
 * re-render.
 */
export function useFormSnapshot(
  target: FormTargetChoice,
  source: SnapshotSource,
  /** Read instead of holding when nothing of this section is shown yet (another was picked). */
  fallback: { readonly text: string; readonly read: SectionReader } | null,
): FormState | null {
  const [shown, setShown] = useState<Shown | null>(null);
  const given = typeof source === 'object' && 'status' in source ? source : null;
  const reader =
    typeof source === 'object' && 'read' in source
      ? source
      : source === 'hold' && shown?.key !== target.key
        ? fallback
        : null;
  const text = reader?.text ?? null;
  const read = reader?.read ?? null;
  const snap = useMemo(
    () => given ?? (read && text !== null ? read(text, target) : null),
    [given, read, text, target],
  );
  // What is shown is the last readable state: kept for the renders where the text does not parse.
  const kept = shown?.key === target.key ? shown.state.value : null;
  const value = useMemo(
    () => (snap?.status !== 'ok' ? null : kept ? shareStructure(kept, snap.value) : snap.value),
    [snap, kept],
  );
  const problem = useMemo(
    () =>
      snap === null || snap.status === 'ok'
        ? null
        : { message: snap.message, line: snap.at.line, col: snap.at.col },
    [snap],
  );
  const shownValue = value ?? kept ?? NOTHING;
  const fresh = useMemo(() => ({ value: shownValue, problem }), [shownValue, problem]);
  if (snap === null) return shown?.key === target.key ? shown.state : null;
  // Remembered for the next renders (React's "adjust state on change").
  if (shown?.state !== fresh || shown.key !== target.key) setShown({ key: target.key, state: fresh });
  return fresh;
}
