/**
 * Line arithmetic on the raw text. Offsets are UTF-16 code units; a line ends at `\n` or
 * `\r\n`, and "line end" is the offset of that terminator (or the text length).
 */

/** The line terminator the text already uses: `\r\n` when its first line ends so. */
export function detectEol(text: string): string {
  const nl = text.indexOf('\n');
  return nl > 0 && text[nl - 1] === '\r' ? '\r\n' : '\n';
}

/** Offset of the first character of the line holding `offset`. */
export function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Offset of the terminator of the line holding `offset` (before `\r\n`), or the text length. */
export function lineEnd(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  if (nl < 0) return text.length;
  return nl > 0 && text[nl - 1] === '\r' && nl - 1 >= offset ? nl - 1 : nl;
}

/** Offset just after the terminator of the line holding `offset`, or the text length. */
export function nextLineStart(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  return nl < 0 ? text.length : nl + 1;
}

/** Column (0-based) of an offset. */
export function columnOf(text: string, offset: number): number {
  return offset - lineStart(text, offset);
}

/** True when only spaces precede `offset` on its line. */
export function leadsLine(text: string, offset: number): boolean {
  return /^ *$/.test(text.slice(lineStart(text, offset), offset));
}

/** The text of the line starting at `start` (without its terminator). */
export function lineAt(text: string, start: number): string {
  return text.slice(start, lineEnd(text, start));
}

/** Start of the line before the one starting at `start`, or -1 on the first line. */
export function previousLineStart(text: string, start: number): number {
  return start === 0 ? -1 : lineStart(text, start - 1);
}

/** Length of the terminator just before `offset` (`\r\n` → 2, `\n` → 1, none → 0). */
export function eolLengthBefore(text: string, offset: number): number {
  if (text[offset - 1] !== '\n') return 0;
  return text[offset - 2] === '\r' ? 2 : 1;
}

/** First offset at or after `from` that is not a space or tab. */
export function skipBlanks(text: string, from: number): number {
  let i = from;
  while (text[i] === ' ' || text[i] === '\t') i++;
  return i;
}

/** Offset of the first non-space character of the first non-blank line at or after `from`. */
export function nextContent(text: string, from: number): number {
  let i = from;
  while (i < text.length && /\s/.test(text[i] ?? '')) i++;
  return i;
}

/** Offset where a `#` comment starts on the line segment [from, to), or -1. */
export function commentStart(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    if (text[i] === '#' && (i === 0 || /\s/.test(text[i - 1] ?? ''))) return i;
  }
  return -1;
}

/** Spaces for a column. */
export function pad(col: number): string {
  return ' '.repeat(Math.max(0, col));
}
