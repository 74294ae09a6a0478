import { useMemo, useState } from 'react';
import { form } from '../../src/index';
import type { FormTargetChoice } from './formTarget';
import { shareStructure } from './shareStructure';

export interface FormState {
  /** The last readable state of the section (the current one when the text reads). */
  readonly value: Readonly<Record<string, unknown>>;
  /** Why the form is read-only right now, with where; null when the text reads. */
  readonly problem: { readonly message: string; readonly line: number; readonly col: number } | null;
}

const NOTHING: Readonly<Record<string, unknown>> = Object.freeze({});

interface Good {
  readonly key: string;
  readonly value: Readonly<Record<string, unknown>>;
}

/**
 * The section as the form shows it, keeping the last good state while the YAML does not parse.
 * Parts of the value that an edit did not change keep their identity (`shareStructure`), so only
 * the form parts showing what changed re-render.
 */
export function useFormSnapshot(text: string, target: FormTargetChoice): FormState {
  const snap = useMemo(() => form.readSnapshot(text, target), [text, target]);
  const [good, setGood] = useState<Good | null>(null);
  const kept = good?.key === target.key ? good.value : null;
  const value = useMemo(
    () => (snap.status !== 'ok' ? null : kept ? shareStructure(kept, snap.value) : snap.value),
    [snap, kept],
  );
  if (value !== null && value !== kept) {
    // Remembered for the renders where the text does not parse (React's "adjust state on change").
    setGood({ key: target.key, value });
  }
  const problem = useMemo(
    () => (snap.status === 'ok' ? null : { message: snap.message, line: snap.at.line, col: snap.at.col }),
    [snap],
  );
  const shown = value ?? kept ?? NOTHING;
  return useMemo(() => ({ value: shown, problem }), [shown, problem]);
}
