import { useMemo, useState } from 'react';
import { form } from '../../src/index';
import type { FormTargetChoice } from './formTarget';

export interface FormState {
  /** The last readable state of the section (the current one when the text reads). */
  readonly value: Readonly<Record<string, unknown>>;
  /** Why the form is read-only right now, with where; null when the text reads. */
  readonly problem: { readonly message: string; readonly line: number; readonly col: number } | null;
}

interface Good {
  readonly key: string;
  readonly value: Readonly<Record<string, unknown>>;
}

/** The section as the form shows it, keeping the last good state while the YAML does not parse. */
export function useFormSnapshot(text: string, target: FormTargetChoice): FormState {
  const snap = useMemo(() => form.readSnapshot(text, target), [text, target]);
  const [good, setGood] = useState<Good | null>(null);
  if (snap.status === 'ok' && (good?.key !== target.key || good.value !== snap.value)) {
    // Remembered for the renders where the text does not parse (React's "adjust state on change").
    setGood({ key: target.key, value: snap.value });
  }
  return useMemo(() => {
    if (snap.status === 'ok') return { value: snap.value, problem: null };
    const kept = good?.key === target.key ? good.value : {};
    return { value: kept, problem: { message: snap.message, line: snap.at.line, col: snap.at.col } };
  }, [snap, good, target.key]);
}
