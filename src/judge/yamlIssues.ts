import { isMap, isScalar, visit, type Document, type Node, type Pair } from 'yaml';
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
 */
export function reportDuplicateKeys(ctx: WalkContext, doc: Document.Parsed, strict: boolean): void {
  visit(doc, {
    Map(_, map, ancestors) {
      if (!isMap(map)) return;
      const seen = new Map<string, Pair>();
      const path = pathOf(ancestors, map);
      for (const pair of map.items) {
        const key = keyString(pair.key as Node | null);
        if (key === null) continue;
        const earlier = seen.get(key);
        if (earlier) {
          const line = ctx.rangeFor(null, pair.key as Node).start.line;
          ctx.emit({
            code: 'yaml-duplicate-key',
            message: strict
              ? `${key} appears twice in this mapping (again at line ${line}); kubectl rejects the manifest`
              : `${key} appears again at line ${line}; Polyaxon keeps only the last value, so this one is ignored`,
            path: [...path, key],
            node: earlier.value as Node | null,
            keyNode: earlier.key as Node | null,
            onKey: true,
            severity: strict ? 'error' : 'warning',
            data: { line },
          });
        }
        seen.set(key, pair);
      }
    },
  });
}

function keyString(node: Node | null): string | null {
  if (!isScalar(node)) return null;
  return typeof node.source === 'string' ? node.source : String(node.value);
}

/** The path of `node` from the root, given the ancestors `visit` reports. */
function pathOf(ancestors: readonly unknown[], node: unknown): Path {
  const path: (string | number)[] = [];
  const chain = [...ancestors, node];
  for (let i = 0; i < chain.length - 1; i++) {
    const parent = chain[i];
    const child = chain[i + 1];
    if (isMap(parent) && child && typeof child === 'object' && 'key' in child) {
      const key = keyString((child as Pair).key as Node | null);
      if (key !== null) path.push(key);
    } else if (parent && typeof parent === 'object' && 'items' in parent && Array.isArray(parent.items)) {
      const idx = parent.items.indexOf(child);
      if (idx >= 0 && !isMap(parent)) path.push(idx);
    }
  }
  return path;
}
