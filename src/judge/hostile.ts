import type { Node } from 'yaml';
import type { FoundSection } from '../read/detect';
import { aliasBlowup } from '../yaml/aliasExpansion';
import { describeCodePoint, findControlChars } from '../yaml/controlChars';
import { MAX_TEXT_LENGTH, megabytes } from '../yaml/limits';
import { nodeAtPath } from '../yaml/nodes';
import { DEFAULT_MAX_NODES } from '../yaml/pyValue';
import { rangeAt, type SourceFile } from '../yaml/source';
import type { Issue } from '../issues/issue';
import type { CheckResult } from './check';
import type { WalkContext } from './walkContext';

export { MAX_TEXT_LENGTH };

/** The result for a text over the limit: one error, nothing read. */
export function tooLarge(text: string, limit: number): CheckResult {
  const start = { line: 1, col: 1, offset: 0 };
  return {
    issues: [
      {
        severity: 'error',
        code: 'text-too-large',
        message:
          `the text is ${megabytes(text.length)}, more than the ${megabytes(limit)} this checker reads, so it is not ` +
          'checked; an environment section or Polyaxon file is far smaller: check the part you need',
        path: [],
        range: { start, end: start },
        source: 'yaml',
        doc: 0,
        data: { length: text.length, limit },
      },
    ],
    detected: { format: 'unknown', description: `a text of ${megabytes(text.length)}, too large to check` },
    sections: [],
  };
}

/**
 * Reports a section whose aliases expand to more values than the checker reads (a "billion
 * laughs" text). Such a section is not judged: reading it would take too long.
 */
export function reportAliasBlowup(ctx: WalkContext, section: FoundSection): boolean {
  if (!ctx.file.text.includes('*')) return false;
  const node =
    section.path.length === 0
      ? ((ctx.doc.contents as Node | null) ?? null)
      : nodeAtPath(ctx.doc, section.path).node;
  const blowup = aliasBlowup(node, ctx.doc, DEFAULT_MAX_NODES);
  if (!blowup) return false;
  ctx.emit({
    code: 'alias-too-deep',
    message:
      `aliases expand this section to more than ${blowup.limit.toLocaleString('en-US')} values ` +
      `(a "billion laughs" text; the limit is crossed at *${blowup.alias.source}), so it is not ` +
      'checked; write the values out or nest fewer aliases',
    path: section.path,
    node: blowup.alias,
    data: { limit: blowup.limit },
  });
  return true;
}

/**
 * Characters YAML does not allow (NUL and other control characters, lone surrogates): PyYAML
 * refuses the whole text. One error, at the first one, for the document that holds it.
 */
export function controlCharIssue(file: SourceFile): Issue | null {
  const found = findControlChars(file.text);
  if (!found) return null;
  const index = file.docs.findIndex((d) => found.offset >= d.range[0] && found.offset < d.range[2]);
  const at = rangeAt(file, found.offset, found.offset + (found.codePoint > 0xffff ? 2 : 1));
  const more =
    found.count > 1 ? ` (and ${found.count >= 10_000 ? 'at least ' : ''}${found.count - 1} more)` : '';
  return {
    severity: 'error',
    code: 'yaml-syntax',
    message:
      `the text contains ${describeCodePoint(found.codePoint)} at line ${at.start.line}, column ` +
      `${at.start.col}${more}, a control character YAML does not allow, so Polyaxon cannot read ` +
      'the file; is it binary? Remove it, or write it as an escape in a double-quoted string ("\\0")',
    path: [],
    range: at,
    source: 'yaml',
    doc: Math.max(0, index),
    data: { yamlCode: 'NON_PRINTABLE', codePoint: found.codePoint },
  };
}

/** Runs one section's judge; a failure (a stack overflow on absurd nesting) becomes an issue. */
export function guarded<T>(ctx: WalkContext, section: FoundSection, judge: () => T): T | null {
  try {
    return judge();
  } catch (error) {
    const deep = error instanceof RangeError;
    ctx.emit({
      code: deep ? 'yaml-syntax' : 'internal-error',
      message: deep
        ? 'this section nests too deeply to check (the reader ran out of stack); flatten it'
        : `checking this section failed (${String(error)}); please report it`,
      path: section.path,
      node: nodeAtPath(ctx.doc, section.path).node,
      ...(deep ? { severity: 'error' as const } : {}),
    });
    return null;
  }
}
