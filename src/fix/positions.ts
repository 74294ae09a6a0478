import type { Splice } from '../edit/edit';
import type { Issue, Range } from '../issues/issue';
import { positionAt, type SourceFile } from '../yaml/source';

/** Maps an offset of the text after `splices` back to the text before them. */
export function offsetBefore(splices: readonly Splice[], offset: number): number {
  let delta = 0;
  for (const s of splices) {
    const outFrom = s.from + delta;
    if (offset < outFrom) return offset - delta;
    if (offset <= outFrom + s.insert.length) return s.from;
    delta += s.insert.length - (s.to - s.from);
  }
  return offset - delta;
}

/** Maps an offset through several rounds of splices (oldest first) back to the first text. */
export function offsetInOriginal(rounds: readonly (readonly Splice[])[], offset: number): number {
  let p = offset;
  for (let i = rounds.length - 1; i >= 0; i--) p = offsetBefore(rounds[i] ?? [], p);
  return p;
}

/** The issue with its range moved back to the original text. */
export function issueInOriginal(
  issue: Issue,
  rounds: readonly (readonly Splice[])[],
  original: SourceFile,
): Issue {
  if (rounds.length === 0) return issue;
  const start = offsetInOriginal(rounds, issue.range.start.offset);
  const end = Math.max(start, offsetInOriginal(rounds, issue.range.end.offset));
  const range: Range = { start: positionAt(original, start), end: positionAt(original, end) };
  return { ...issue, range };
}
