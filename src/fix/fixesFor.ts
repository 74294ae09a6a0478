import type { Issue } from '../issues/issue';
import { parseCached } from '../yaml/sourceCache';
import { applyPlan } from './apply';
import { fixesForCode } from './registry';
import type { FixChoice, FixContext, FixOption } from './types';

export interface FixesForOptions {
  /** Only the options Fix all would apply. @default false */
  readonly safeOnly?: boolean;
}

/**
 * The ways to fix an issue of `text` (as `checkText` reported it for this very text). Each
 * option is already applied and checked: options that the edit engine refuses or that change
 * nothing are left out. Never throws.
 */
export function fixesFor(text: string, issue: Issue, options: FixesForOptions = {}): FixOption[] {
  const fixes = fixesForCode(issue.code);
  if (fixes.length === 0) return [];
  const file = parseCached(text);
  const doc = file.docs[issue.doc];
  if (!doc) return [];
  const ctx: FixContext = { text, file, doc, issue };
  const out: FixOption[] = [];
  for (const fix of fixes) {
    let choices: readonly FixChoice[];
    try {
      choices = fix.choices(ctx);
    } catch {
      continue;
    }
    const ready = choices.flatMap((choice) => {
      const result = applyPlan(text, choice.plan, issue.doc);
      return result.ok && result.text !== text ? [{ choice, result }] : [];
    });
    for (const { choice, result } of ready) {
      const safe = (choice.kind ?? fix.kind) === 'safe' && ready.length === 1;
      if (options.safeOnly && !safe) continue;
      out.push({ title: choice.title, code: issue.code, safe, apply: () => result });
    }
  }
  return out;
}
