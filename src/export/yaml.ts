/**
 * The YAML export: the section's own text, cut out of the document rather than
 * re-serialized, so its formatting and the comments inside it stay as written.
 */
import { isMap, isScalar, isSeq, parseAllDocuments, type Document, type Node } from 'yaml';
import type { Path } from '../path/path';

/** Options of {@link sectionYaml}. */
export interface SectionYamlOptions {
  /** Start at the section's key (`environment:`) instead of at its value. */
  readonly wrapper: boolean;
  /** Index of the document in a multi-document text. @default 0 */
  readonly doc?: number;
}

interface Located {
  readonly value: Node | null;
  /** The map key the value sits under; null for the document root or a list item. */
  readonly key: Node | null;
}

/** The node at `path`: the first string key that matches, as section detection picks it. */
function locate(doc: Document.Parsed, path: Path): Located | null {
  let value = (doc.contents as Node | null) ?? null;
  let key: Node | null = null;
  for (const seg of path) {
    if (typeof seg === 'string' && isMap(value)) {
      const pair = value.items.find((p) => isScalar(p.key) && p.key.value === seg);
      if (!pair) return null;
      key = pair.key as Node;
      value = (pair.value as Node | null) ?? null;
    } else if (typeof seg === 'number' && isSeq(value)) {
      const item: unknown = value.items[seg];
      if (item === undefined) return null;
      key = null;
      value = (item as Node | null) ?? null;
    } else {
      return null;
    }
  }
  return { value, key };
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function lineEnd(text: string, offset: number): number {
  const eol = text.indexOf('\n', offset);
  return eol < 0 ? text.length : eol;
}

function indentOf(line: string): number {
  return line.length - line.replace(/^ +/, '').length;
}

const isComment = (line: string): boolean => line.trimStart().startsWith('#');
const isBlank = (line: string): boolean => line.trim() === '';

/** Where the section's text ends: its last line with a trailing comment, plus comment lines after it. */
function endOf(text: string, valueEnd: number, minCommentIndent: number): number {
  // A block node's range ends after the newline of its last line (blank lines of a `|+`
  // scalar included); any other node ends on its last line.
  const eol = text[valueEnd - 1] === '\n' ? valueEnd - 1 : lineEnd(text, valueEnd);
  // A value inside a flow collection shares its last line with what follows it.
  if (valueEnd < eol && !/^(?:[ \t]*|[ \t]+#.*)\r?$/.test(text.slice(valueEnd, eol))) return valueEnd;
  let end = eol;
  for (let pos = eol; pos < text.length;) {
    const to = lineEnd(text, pos + 1);
    const line = text.slice(pos + 1, to);
    if (isComment(line) && indentOf(line) >= minCommentIndent) end = to;
    else if (!isBlank(line)) break;
    pos = to;
  }
  return end;
}

/** Just past the `:` that follows a key (for a key with an empty value). */
function afterIndicator(text: string, keyEnd: number): number {
  const colon = /^[ \t]*:/.exec(text.slice(keyEnd, lineEnd(text, keyEnd)));
  return colon ? keyEnd + colon[0].length : keyEnd;
}

/** The first comment line of the run of comment and blank lines just above `offset`'s line. */
function commentsAbove(text: string, offset: number, floor: number): number {
  let start = lineStart(text, offset);
  let first = start;
  while (start > floor) {
    const prev = lineStart(text, start - 1);
    const line = text.slice(prev, start - 1);
    if (isComment(line)) first = prev;
    else if (!isBlank(line)) break;
    start = prev;
  }
  return first;
}

/**
 * The exact source text of the node at `path` in document `doc` (default 0), de-indented so
 * that it starts at column 0, ending with a newline. With `wrapper`, it starts at the key the
 * node sits under (`environment:`); without, at the value, including comment lines between
 * the key and the value. Comment lines after the node are kept while they are indented more
 * than its key. Null when the document or the path does not exist; '' for an empty value
 * without wrapper.
 */
export function sectionYaml(text: string, path: Path, options: SectionYamlOptions): string | null {
  const docs = parseAllDocuments(text, { uniqueKeys: false, prettyErrors: false });
  const doc = Array.isArray(docs) ? docs[options.doc ?? 0] : undefined;
  if (!doc) return null;
  const found = locate(doc, path);
  if (!found) return null;
  const { key, value } = found;
  const valueRange = value?.range;
  const hasValue = valueRange !== undefined && valueRange !== null && valueRange[1] > valueRange[0];
  const wrapped = options.wrapper && key?.range;
  if (!wrapped && !hasValue) return '';

  const valueStart = valueRange?.[0] ?? 0;
  // Comment lines above the value belong to it from the line after its key (or the top of a
  // bare document); a list item starts at its own first line.
  let floor = lineStart(text, valueStart);
  if (key?.range) floor = lineEnd(text, key.range[0]) + 1;
  else if (path.length === 0) floor = 0;
  let start = valueStart;
  let base = valueStart - lineStart(text, valueStart);
  if (wrapped) {
    start = wrapped[0];
    base = start - lineStart(text, start);
  } else {
    const above = commentsAbove(text, valueStart, floor);
    if (above < lineStart(text, valueStart))
      start = above + Math.min(base, indentOf(text.slice(above, lineEnd(text, above))));
  }
  let minCommentIndent = path.length === 0 ? 0 : base;
  if (key?.range) minCommentIndent = key.range[0] - lineStart(text, key.range[0]) + 1;
  const valueEnd = hasValue ? (valueRange?.[1] ?? start) : afterIndicator(text, key?.range?.[1] ?? start);
  const end = endOf(text, valueEnd, minCommentIndent);

  const lines = text.slice(start, end).split('\n');
  const out = lines.map((line, i) => (i === 0 ? line : line.slice(Math.min(base, indentOf(line)))));
  return `${out.join('\n')}\n`;
}
