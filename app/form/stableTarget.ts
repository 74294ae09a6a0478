import { useState } from 'react';
import type { FormTargetChoice } from '../state/formTarget';

/** Whether two choices name the same section the same way. */
export function sameTarget(a: FormTargetChoice, b: FormTargetChoice): boolean {
  return a.key === b.key && a.kind === b.kind && a.label === b.label && a.doc === b.doc;
}

/**
 * The form's target, kept as the same object while each check result re-makes an equal one, so
 * the form (memoized on it) does not re-read and re-render the section for every check.
 */
export function useStableTarget(chosen: FormTargetChoice): FormTargetChoice {
  const [kept, setKept] = useState(chosen);
  if (kept !== chosen && !sameTarget(kept, chosen)) {
    // React's "adjust state on change": this render continues with `chosen`.
    setKept(chosen);
    return chosen;
  }
  return kept;
}
