import type { Splice } from '../edit/edit';
import type { Issue, Range } from '../issues/issue';
import { positionAt, type SourceFile } from '../yaml/source';

/** One round of changes: its splices (sorted) and the text they were applied to. */
export interface AppliedRound {
  readonly splices: readonly Splice[];
  readonly before: string;
}

/**
 * Maps an offset of the text after `splices` back to the text before them. An offset inside
 * inserted text maps to where that line came from when the same line (re-indented or not) was
 * cut once in the round, as a moved entry's lines are; else to the start of the insertion.
 */
export function offsetBefore(splices: readonly Splice[], offset: number, before?: string): number {
  let delta = 0;
  for (const s of splices) {
    const outFrom = s.from + delta;
    if (offset < outFrom) return offset - delta;
    if (offset <= outFrom + s.insert.length)
      return (before === undefined ? null : movedFrom(splices, s.insert, offset - outFrom, before)) ?? s.from;
    delta += s.insert.length - (s.to - s.from);
  }
  return offset - delta;
}

// Where the line holding offset `at` of `insert` was cut from (the same column in its text), or
// null when no cut line, or more than one, reads the same.
function movedFrom(splices: readonly Splice[], insert: string, at: number, before: string): number | null {
  const start = insert.lastIndexOf('\n', at - 1) + 1;
  const nl = insert.indexOf('\n', at);
  const line = insert.slice(start, nl < 0 ? insert.length : nl).replace(/\r$/, '');
  const text = line.trimStart();
  const col = at - start - (line.length - text.length);
  if (text.length < 3 || col < 0) return null;
  let found: number | null = null;
  for (const s of splices) {
    let p = s.from;
    while (p < s.to) {
      const nextNl = before.indexOf('\n', p);
      const end = nextNl < 0 || nextNl > s.to ? s.to : nextNl;
      const cut = before.slice(p, end).replace(/\r$/, '');
      if (cut.trimStart() === text) {
        if (found !== null) return null;
        found = p + cut.length - text.length + col;
      }
      p = end + 1;
    }
  }
  return found;
}

/** Maps an offset through several rounds (oldest first) back to the first text. */
export function offsetInOriginal(rounds: readonly AppliedRound[], offset: number): number {
  let p = offset;
  for (let i = rounds.length - 1; i >= 0; i--) {
    const round = rounds[i];
    if (round) p = offsetBefore(round.splices, p, round.before);
  }
  return p;
}

/** The issue with its range moved back to the original text. */
export function issueInOriginal(issue: Issue, rounds: readonly AppliedRound[], original: SourceFile): Issue {
  if (rounds.length === 0) return issue;
  const start = offsetInOriginal(rounds, issue.range.start.offset);
  const end = Math.max(start, offsetInOriginal(rounds, issue.range.end.offset));
  const range: Range = { start: positionAt(original, start), end: positionAt(original, end) };
  return { ...issue, range };
}
