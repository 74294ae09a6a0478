import { applySplices, splicesValid } from '../edit/compose';
import type { Splice } from '../edit/edit';
import { compareIssues, type Issue } from '../issues/issue';
import { checkText, type CheckOptions } from '../judge/check';
import { formatPath } from '../path/path';
import { parseCached } from '../yaml/sourceCache';
import { fixesFor } from './fixesFor';
import { issueInOriginal, type AppliedRound } from './positions';
import { repeatedKeys } from './repeatedKeys';

export interface FixAllOptions {
  /** Only fix issues with these codes. @default every code */
  readonly only?: readonly string[];
}

export interface FixAllResult {
  /** The repaired text (the input when nothing was fixed). */
  readonly text: string;
  /** The issues that safe fixes resolved, with ranges in the input text. */
  readonly applied: Issue[];
  /** The issues of the repaired text. */
  readonly remaining: Issue[];
}

/** Rounds of "apply every safe fix that does not overlap another, then check again". */
const MAX_ROUNDS = 25;

/**
 * Applies safe fixes until none is left: each round checks the text, applies the safe fixes
 * whose changes do not touch each other, and checks again. Stops after a bounded number of
 * rounds, or when a round changes nothing or comes back to an earlier text. Never throws.
 */
export function fixAll(
  text: string,
  checkOptions: Partial<CheckOptions> = {},
  options: FixAllOptions = {},
): FixAllResult {
  const original = parseCached(text);
  const only = options.only ? new Set(options.only) : null;
  const rounds: AppliedRound[] = [];
  const applied: Issue[] = [];
  const seen = new Set([text]);
  let current = text;
  let issues = checkText(current, checkOptions).issues;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const picked = pickRound(current, only ? issues.filter((i) => only.has(i.code)) : issues);
    if (!picked) break;
    const next = applySplices(current, picked.splices);
    if (seen.has(next)) break;
    seen.add(next);
    const after = checkText(next, checkOptions).issues;
    for (const issue of resolved(picked.candidates, after))
      applied.push(issueInOriginal(issue, rounds, original));
    rounds.push({ splices: picked.splices, before: current });
    current = next;
    issues = after;
  }
  applied.sort(compareIssues);
  return { text: current, applied, remaining: issues };
}

interface Round {
  readonly splices: Splice[];
  /** Every issue that had a safe fix this round (a fix may resolve its neighbours too). */
  readonly candidates: Issue[];
}

// The safe fixes of one round, in issue order, whose splices neither overlap nor touch and
// that still give valid YAML together.
function pickRound(text: string, issues: readonly Issue[]): Round | null {
  let accepted: Splice[] = [];
  const candidates: Issue[] = [];
  for (const issue of issues) {
    const option = fixesFor(text, issue, { safeOnly: true })[0];
    if (!option) continue;
    candidates.push(issue);
    const result = option.apply();
    if (!result.ok || touches(accepted, result.splices)) continue;
    const trial = [...accepted, ...result.splices].sort((a, b) => a.from - b.from || a.to - b.to);
    if (accepted.length === 0 || (splicesValid(trial, text.length) && staysValid(text, trial)))
      accepted = trial;
  }
  return accepted.length > 0 ? { splices: accepted, candidates } : null;
}

function touches(a: readonly Splice[], b: readonly Splice[]): boolean {
  return a.some((x) => b.some((y) => x.from <= y.to && y.from <= x.to));
}

// Combined fixes must not add syntax errors, change the number of documents, or give two
// entries the same key (two renames to one name, say).
function staysValid(text: string, splices: readonly Splice[]): boolean {
  const before = parseCached(text).docs;
  const after = parseCached(applySplices(text, splices)).docs;
  const errors = (docs: typeof before) => docs.reduce((n, d) => n + d.errors.length, 0);
  return (
    after.length === before.length &&
    errors(after) <= errors(before) &&
    repeatedKeys(after) <= repeatedKeys(before)
  );
}

// Candidates that no longer appear (same document, code and path) after the round.
function resolved(candidates: readonly Issue[], after: readonly Issue[]): Issue[] {
  const left = new Map<string, number>();
  for (const i of after) left.set(keyOf(i), (left.get(keyOf(i)) ?? 0) + 1);
  return candidates.filter((i) => {
    const n = left.get(keyOf(i)) ?? 0;
    if (n === 0) return true;
    left.set(keyOf(i), n - 1);
    return false;
  });
}

function keyOf(issue: Issue): string {
  return `${issue.doc}|${issue.code}|${formatPath(issue.path)}`;
}
