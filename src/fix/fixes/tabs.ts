import { isScalar, visit, type Document } from 'yaml';
import { applySplices } from '../../edit/compose';
import type { Splice } from '../../edit/edit';
import { lineEnd, nextLineStart } from '../../edit/text';
import { parseSource } from '../../yaml/source';
import { splices } from '../nodes';
import type { Fix, FixChoice } from '../types';

/** Tab widths tried for files that indent with both tabs and spaces. */
const WIDTHS = [2, 4, 8];

// Text ranges of block scalars, whose leading tabs are content, not indentation.
function blockScalarRanges(doc: Document.Parsed): [number, number][] {
  const out: [number, number][] = [];
  visit(doc, {
    Scalar(_key, node) {
      if (isScalar(node) && (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') && node.range)
        out.push([node.range[0], node.range[1]]);
    },
  });
  return out;
}

interface IndentLine {
  readonly from: number;
  readonly indent: string;
}

function indentLines(text: string, doc: Document.Parsed): IndentLine[] {
  const skip = blockScalarRanges(doc);
  const out: IndentLine[] = [];
  for (let p = doc.range[0]; p < doc.range[2] && p < text.length; p = nextLineStart(text, p)) {
    const indent = /^[ \t]*/.exec(text.slice(p, lineEnd(text, p)))?.[0] ?? '';
    if (indent.includes('\t') && !skip.some(([a, b]) => p > a && p < b)) out.push({ from: p, indent });
  }
  return out;
}

function expand(indent: string, width: number): string {
  let col = 0;
  for (const ch of indent) col = ch === '\t' ? (Math.floor(col / width) + 1) * width : col + 1;
  return ' '.repeat(col);
}

/**
 * Tabs in indentation, which YAML forbids: each tab becomes spaces up to the next tab stop.
 * When every indented line uses tabs, any width reads the same (2 is used). When tabs and
 * spaces mix, widths 2, 4 and 8 are tried: one reading is a safe fix, several are choices.
 */
export const tabIndentFix: Fix = {
  codes: ['yaml-tab-indent'],
  kind: 'safe',
  choices(ctx) {
    const lines = indentLines(ctx.text, ctx.doc);
    if (lines.length === 0) return [];
    const readings = new Map<string, FixChoice>();
    for (const width of WIDTHS) {
      const list: Splice[] = lines.map((l) => ({
        from: l.from,
        to: l.from + l.indent.length,
        insert: expand(l.indent, width),
      }));
      const next = parseSource(applySplices(ctx.text, list)).docs[ctx.issue.doc];
      if (!next || next.errors.length > 0) continue;
      const reading = JSON.stringify(next.toJS());
      if (!readings.has(reading)) readings.set(reading, splices(`Replace tabs with ${width} spaces`, list));
    }
    return [...readings.values()];
  },
};
