import { isCollection, isMap, isPair, isScalar, isSeq, type Document, type Node, type Pair } from 'yaml';
import type { Range } from '../issues/issue';
import type { Path } from '../path/path';
import { rangeAt } from '../yaml/source';
import type { WalkContext } from './walkContext';

const TAB_CODES = new Set(['TAB_AS_INDENT']);

/** Syntax errors and warnings of the YAML reader, as issues at their position. */
export function reportSyntax(ctx: WalkContext, doc: Document.Parsed): void {
  let deep = false;
  for (const error of doc.errors) {
    const [from, to] = error.pos;
    const tab = TAB_CODES.has(error.code);
    if (error.code === 'RESOURCE_EXHAUSTION') {
      // The reader gave up on absurd nesting; once is enough.
      if (deep) continue;
      deep = true;
    }
    ctx.issues.push({
      severity: 'error',
      code: tab ? 'yaml-tab-indent' : 'yaml-syntax',
      message: tab
        ? 'a tab is used for indentation, which YAML does not allow; indent with spaces'
        : error.code === 'RESOURCE_EXHAUSTION'
          ? `the text nests too deeply to read (${firstLine(error.message)}); flatten the nesting`
          : `${firstLine(error.message)} (${error.code.toLowerCase().replace(/_/g, ' ')})`,
      path: [],
      range: rangeOf(ctx, from, to),
      source: 'yaml',
      doc: ctx.docIndex,
      data: { yamlCode: error.code },
    });
  }
  for (const warning of doc.warnings) {
    const [from, to] = warning.pos;
    ctx.issues.push({
      severity: 'warning',
      code: 'yaml-warning',
      message: firstLine(warning.message),
      path: [],
      range: rangeOf(ctx, from, to),
      source: 'yaml',
      doc: ctx.docIndex,
    });
  }
}

function rangeOf(ctx: WalkContext, from: number, to: number): Range {
  return rangeAt(ctx.file, from, to);
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}

/**
 * Keys that appear twice in one mapping. PyYAML keeps the last value silently (a warning);
 * kubectl's YAML reader rejects the document (an error, `strict`).
 *
 * Runs on every check of the whole document, so it walks the nodes once, without recursion
 * (deep nesting is hostile input) and works out a mapping's path only when it has a duplicate.
 */
export function reportDuplicateKeys(ctx: WalkContext, doc: Document.Parsed, strict: boolean): void {
  const stack: [unknown, Where | null][] = [[doc.contents, null]];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [node, where] = next;
    if (isMap(node)) {
      if (node.items.length > 1) reportDuplicatesIn(ctx, node.items, where, strict);
      for (const pair of node.items) {
        if (isCollection(pair.key)) stack.push([pair.key, where]);
        if (!isCollection(pair.value) && !isPair(pair.value)) continue;
        const key = keyString(pair.key as Node | null);
        stack.push([pair.value, key === null ? where : { up: where, seg: key }]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        if (isCollection(item) || isPair(item)) stack.push([item, { up: where, seg: i }]);
      });
    } else if (isPair(node)) {
      stack.push([node.key, where], [node.value, where]);
    }
  }
}

/** Where a node is: its key or index, under where its parent is (a path built only if needed). */
interface Where {
  readonly up: Where | null;
  readonly seg: string | number;
}

function pathTo(where: Where | null): Path {
  const path: (string | number)[] = [];
  for (let w = where; w; w = w.up) path.push(w.seg);
  return path.reverse();
}

function reportDuplicatesIn(
  ctx: WalkContext,
  pairs: readonly Pair[],
  where: Where | null,
  strict: boolean,
): void {
  const seen = new Map<string, Pair>();
  for (const pair of pairs) {
    const key = keyString(pair.key as Node | null);
    if (key === null) continue;
    const earlier = seen.get(key);
    seen.set(key, pair);
    if (!earlier) continue;
    const line = ctx.rangeFor(null, pair.key as Node).start.line;
    ctx.emit({
      code: 'yaml-duplicate-key',
      message: strict
        ? `${key} appears twice in this mapping (again at line ${line}); kubectl rejects the manifest`
        : `${key} appears again at line ${line}; Polyaxon keeps only the last value, so this one is ignored`,
      path: [...pathTo(where), key],
      node: earlier.value as Node | null,
      keyNode: earlier.key as Node | null,
      onKey: true,
      severity: strict ? 'error' : 'warning',
      data: { line },
    });
  }
}

function keyString(node: Node | null): string | null {
  if (!isScalar(node)) return null;
  return typeof node.source === 'string' ? node.source : String(node.value);
}
