import { applySplices, splicesValid } from '../edit/compose';
import { applyEdits, type EditResult, type Splice } from '../edit/edit';
import { sortSplices } from '../edit/move';
import { parseCached } from '../yaml/sourceCache';
import type { FixPlan } from './types';

/**
 * Applies a plan to document `doc` of `text`. Edits go through the edit engine; raw splices
 * must keep the same number of documents and not add syntax errors.
 */
export function applyPlan(text: string, plan: FixPlan, doc: number): EditResult {
  if ('edits' in plan) {
    if (plan.edits.length === 0) return { ok: false, error: 'nothing to change' };
    return applyEdits(text, plan.edits, { doc });
  }
  const splices = sortSplices([...plan.splices]).filter(
    (s) => s.insert !== text.slice(s.from, s.to),
  ) as Splice[];
  if (splices.length === 0) return { ok: false, error: 'nothing to change' };
  if (!splicesValid(splices, text.length)) return { ok: false, error: 'overlapping text changes' };
  const next = applySplices(text, splices);
  const before = parseCached(text).docs;
  const after = parseCached(next).docs;
  if (after.length !== before.length) return { ok: false, error: 'the change splits or joins documents' };
  const errorsBefore = before[doc]?.errors.length ?? 0;
  if ((after[doc]?.errors.length ?? 0) > errorsBefore)
    return { ok: false, error: 'the change makes the YAML invalid' };
  return { ok: true, text: next, splices };
}
