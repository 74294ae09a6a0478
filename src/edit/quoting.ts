/* eslint-disable no-control-regex -- these patterns look for control characters on purpose */
import { parseDocument } from 'yaml';

/**
 * When a string may be written as a plain (unquoted) scalar. A plain scalar is only safe
 * when both YAML 1.2 readers (the `yaml` package, Monaco) and YAML 1.1 readers (PyYAML,
 * which Polyaxon uses) read it back as the same string.
 */

// PyYAML's implicit resolvers (YAML 1.1), plus YAML 1.1 `y`/`n` and the YAML 1.2 core forms.
const IMPLICIT: readonly RegExp[] = [
  /^(?:y|n|yes|no|true|false|on|off|null|~)$/i,
  /^[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+]?[0-9]+)?$/,
  /^[-+]?\.[0-9_]+(?:[eE][-+]?[0-9]+)?$/,
  /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/,
  /^[-+]?\.(?:inf|nan)$/i,
  /^[-+]?0b[0-1_]+$/,
  /^[-+]?0o?[0-7_]+$/,
  /^[-+]?[0-9][0-9_]*(?:[eE][-+]?[0-9]+)?$/,
  /^[-+]?0x[0-9a-fA-F_]+$/,
  /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}.*)?$/,
  /^(?:<<|=)$/,
];

// Characters PyYAML or YAML 1.2 cannot take raw, or treat as line breaks.
const NEEDS_ESCAPE =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const ESCAPE_ALL =
  /[\u0000-\u001f"\\\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const FIRST_INDICATOR = /^[-?:,[\]{}#&*!|>'"%@`]/;

/** Whether a string can be written plain (in a block, or inside a flow collection). */
export function isPlainSafe(s: string, flow: boolean): boolean {
  if (s === '' || s.trim() !== s || /[\t\n\r]/.test(s) || NEEDS_ESCAPE.test(s)) return false;
  if (FIRST_INDICATOR.test(s) || s.startsWith('...') || s.startsWith('---')) return false;
  if (s.includes(': ') || s.includes(' #') || s.endsWith(':')) return false;
  if (flow && /[,[\]{}:?#]/.test(s)) return false;
  if (IMPLICIT.some((re) => re.test(s))) return false;
  return readsBack(s, flow);
}

// A last check with the parser itself, in both YAML versions.
function readsBack(s: string, flow: boolean): boolean {
  const src = flow ? `[${s}]` : `k: ${s}\n`;
  for (const version of ['1.1', '1.2'] as const) {
    const doc = parseDocument(src, { version, prettyErrors: false });
    if (doc.errors.length > 0) return false;
    const js: unknown = doc.toJS();
    const got = flow
      ? Array.isArray(js)
        ? (js as unknown[])[0]
        : undefined
      : (js as { k?: unknown } | null)?.k;
    if (got !== s) return false;
  }
  return true;
}

/** Whether a string holds characters that only a double-quoted escape can carry. */
export function hasUnprintable(s: string): boolean {
  return NEEDS_ESCAPE.test(s);
}

/** Whether a string can be written single-quoted (printable, one line). */
export function isSingleQuoteSafe(s: string): boolean {
  return !/[\t\n\r]/.test(s) && !NEEDS_ESCAPE.test(s);
}

/** A single-quoted scalar. */
export function singleQuoted(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}

/** A double-quoted scalar on one line, escaping what YAML 1.1 and 1.2 readers need. */
export function doubleQuoted(s: string): string {
  const body = s.replace(ESCAPE_ALL, (ch) => {
    switch (ch) {
      case '"':
        return '\\"';
      case '\\':
        return '\\\\';
      case '\n':
        return '\\n';
      case '\t':
        return '\\t';
      case '\r':
        return '\\r';
      default:
        return `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
    }
  });
  return `"${body}"`;
}

/** Which quote style new quoted scalars use. */
export type QuoteStyle = 'single' | 'double';

/** The style of the scalar being replaced, if any. */
export type ScalarStyle = 'PLAIN' | 'QUOTE_SINGLE' | 'QUOTE_DOUBLE' | 'BLOCK_LITERAL' | 'BLOCK_FOLDED';

/**
 * Writes a string as a one-line scalar: in the existing quote style when it can hold the
 * value, else plain when safe, else quoted in the document's preferred style.
 */
export function writeString(
  s: string,
  opts: { flow: boolean; prefer: QuoteStyle; keep?: ScalarStyle | undefined },
): string {
  if (opts.keep === 'QUOTE_DOUBLE') return doubleQuoted(s);
  if (opts.keep === 'QUOTE_SINGLE' && isSingleQuoteSafe(s)) return singleQuoted(s);
  if (isPlainSafe(s, opts.flow)) return s;
  if (opts.prefer === 'single' && isSingleQuoteSafe(s)) return singleQuoted(s);
  return doubleQuoted(s);
}

/** A JS number as a YAML number both YAML 1.1 and 1.2 read back (`1e+21` → `1.0e+21`). */
export function writeNumber(n: number): string {
  if (Number.isNaN(n)) return '.nan';
  if (n === Infinity) return '.inf';
  if (n === -Infinity) return '-.inf';
  if (Object.is(n, -0)) return '-0.0';
  const s = String(n);
  return /e/.test(s) && !s.includes('.') ? s.replace('e', '.0e') : s;
}
