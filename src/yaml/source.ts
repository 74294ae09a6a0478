import { LineCounter, parseAllDocuments, type Document, type Node } from 'yaml';
import type { Position, Range } from '../issues/issue';

/** A parsed text: every YAML document with node positions, and a line index. */
export interface SourceFile {
  readonly text: string;
  readonly docs: readonly Document.Parsed[];
  readonly lines: LineCounter;
}

/** How every text is parsed: duplicate keys are reported by the checker, not the parser. */
export const PARSE_OPTIONS = { uniqueKeys: false, prettyErrors: false } as const;

/** Parses any text into documents; syntax problems stay in each document's `errors`. Never throws. */
export function parseSource(text: string): SourceFile {
  const lines = new LineCounter();
  const parsed = parseAllDocuments(text, { ...PARSE_OPTIONS, lineCounter: lines });
  const docs = Array.isArray(parsed) ? parsed : [];
  return { text, docs, lines };
}

/** 1-based line and column of an offset. Columns count UTF-16 code units, as Monaco does. */
export function positionAt(file: SourceFile, offset: number): Position {
  const clamped = Math.max(0, Math.min(offset, file.text.length));
  const { line, col } = file.lines.linePos(clamped);
  return { line, col, offset: clamped };
}

export function rangeAt(file: SourceFile, from: number, to: number): Range {
  return { start: positionAt(file, from), end: positionAt(file, Math.max(from, to)) };
}

/** The range of a node's value (without trailing comments), or of an empty spot at `fallback`. */
export function nodeRange(file: SourceFile, node: Node | null | undefined, fallback = 0): Range {
  const r = node?.range;
  if (!r) return rangeAt(file, fallback, fallback);
  return rangeAt(file, r[0], r[1]);
}

/** The first line of a node: for a collection, where it starts up to the end of that line. */
export function headRange(file: SourceFile, node: Node | null | undefined, fallback = 0): Range {
  const r = node?.range;
  if (!r) return rangeAt(file, fallback, fallback);
  const eol = file.text.indexOf('\n', r[0]);
  const lineEnd = eol < 0 ? file.text.length : eol;
  const end = Math.min(r[1], lineEnd);
  return rangeAt(file, r[0], trimEnd(file.text, r[0], end));
}

function trimEnd(text: string, from: number, to: number): number {
  let end = to;
  while (end > from && /\s/.test(text[end - 1] ?? '')) end--;
  return end;
}
