import { lineAt, lineEnd, nextLineStart } from './text';

/**
 * The end (before its terminator) of the last comment line that follows an entry ending at
 * `end` and is indented deeper than the entry's column `col` (a commented-out child, say),
 * skipping blank lines between them; `end` when there is none. Such lines belong to the entry.
 */
export function trailingCommentsEnd(text: string, end: number, col: number): number {
  let last = end;
  for (let p = nextLineStart(text, end); p < text.length; p = nextLineStart(text, p)) {
    const line = lineAt(text, p);
    const body = line.trimStart();
    if (body === '') continue;
    if (!body.startsWith('#') || line.length - body.length <= col) break;
    last = lineEnd(text, p);
  }
  return last;
}

/**
 * Lines moved `delta` columns (left when negative), each keeping its own line terminator
 * (`\r` stays at the end of a `\r\n` line). Relative indentation is kept, so block scalars,
 * nested maps and comments read alike at the new column. Blank lines stay empty; a comment
 * line that cannot move left far enough goes to column 0. Null when a content line would have
 * to lose more than its indentation.
 */
export function shiftLines(lines: readonly string[], delta: number): string[] | null {
  const out: string[] = [];
  for (const line of lines) {
    const spaces = /^ */.exec(line)?.[0].length ?? 0;
    const rest = line.slice(spaces);
    if (/^[ \t]*\r?$/.test(rest) && spaces === 0) out.push(line);
    else if (spaces + delta >= 0) out.push(' '.repeat(spaces + delta) + rest);
    else if (rest.startsWith('#') || /^[ \t]*\r?$/.test(rest)) out.push(rest);
    else return null;
  }
  return out;
}
