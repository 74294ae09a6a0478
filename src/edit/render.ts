import { pad } from './text';
import { hasUnprintable, writeNumber, writeString, type QuoteStyle, type ScalarStyle } from './quoting';

/** How new text is laid out, detected from the document (see `style.ts`). */
export interface Style {
  /** Indent step of a nested map under its key. */
  readonly step: number;
  /** Indent of a block sequence under its key: 0 (`key:\n- a`) or more (`key:\n  - a`). */
  readonly seqIndent: number;
  /** Spaces after `-` before an item's content. */
  readonly gap: number;
  /** Quote style for new quoted strings. */
  readonly quote: QuoteStyle;
  /** Line terminator. */
  readonly eol: string;
}

/** A plain JS object (not an array, class instance or null). */
export function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}

/** Why a value cannot be written as YAML, or null when it can. */
export function valueProblem(v: unknown, depth = 0): string | null {
  if (depth > 100) return 'the value is nested too deeply';
  if (v === null || typeof v === 'string' || typeof v === 'boolean' || typeof v === 'number') return null;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      if (!(i in v)) return 'the value has an array hole';
      const p = valueProblem(v[i], depth + 1);
      if (p) return p;
    }
    return null;
  }
  if (isPlainObject(v)) {
    for (const item of Object.values(v)) {
      const p = valueProblem(item, depth + 1);
      if (p) return p;
    }
    return null;
  }
  return `a ${v === undefined ? 'undefined' : typeof v} value cannot be written as YAML (use null, or remove)`;
}

/** True for a non-empty list or map, which a block parent writes over several lines. */
export function isBlockValue(v: unknown): boolean {
  return Array.isArray(v) ? v.length > 0 : isPlainObject(v) && Object.keys(v).length > 0;
}

/** A scalar, or a flow collection (`{}`, `[a, b]`), on one line. */
export function renderInline(v: unknown, flow: boolean, style: Style, keep?: ScalarStyle): string {
  if (v === null) return 'null';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') return writeNumber(v);
  if (typeof v === 'string') return writeString(v, quoting(flow, style, keep));
  if (Array.isArray(v)) return `[${v.map((item) => renderInline(item, true, style)).join(', ')}]`;
  if (isPlainObject(v)) {
    const parts = Object.entries(v).map(
      ([k, item]) => `${renderKey(k, true, style)}: ${renderInline(item, true, style)}`,
    );
    return `{${parts.join(', ')}}`;
  }
  return 'null';
}

/** A map key, quoted when it would not read back as this string. */
export function renderKey(k: string, flow: boolean, style: Style, keep?: ScalarStyle): string {
  return writeString(
    k,
    quoting(flow, style, keep === 'QUOTE_DOUBLE' || keep === 'QUOTE_SINGLE' ? keep : undefined),
  );
}

// Options for writeString; the document's quote style is only worked out when a string needs quotes.
function quoting(
  flow: boolean,
  style: Style,
  keep: ScalarStyle | undefined,
): { flow: boolean; readonly prefer: QuoteStyle; keep: ScalarStyle | undefined } {
  return {
    flow,
    get prefer() {
      return style.quote;
    },
    keep,
  };
}

/**
 * A non-empty list or map in block style, one string per line, each line indented to its
 * absolute column (`col` for the top level).
 */
export function renderBlock(v: unknown, col: number, style: Style): string[] {
  const lines: string[] = [];
  if (Array.isArray(v)) {
    const inner = col + 1 + style.gap;
    for (const item of v) {
      if (isBlockValue(item)) {
        const sub = renderBlock(item, inner, style);
        lines.push(`${pad(col)}-${pad(style.gap)}${(sub[0] ?? '').slice(inner)}`, ...sub.slice(1));
      } else {
        lines.push(`${pad(col)}-${pad(style.gap)}${renderInline(item, false, style)}`);
      }
    }
    return lines;
  }
  if (!isPlainObject(v)) return [`${pad(col)}${renderInline(v, false, style)}`];
  for (const [k, item] of Object.entries(v)) {
    const key = `${pad(col)}${renderKey(k, false, style)}:`;
    if (isBlockValue(item)) {
      lines.push(
        key,
        ...renderBlock(item, col + (Array.isArray(item) ? style.seqIndent : style.step), style),
      );
    } else {
      lines.push(`${key} ${renderInline(item, false, style)}`);
    }
  }
  return lines;
}

/**
 * A value written where its first line starts at column `col` after other text (a `- `
 * or the start of a replaced node): the first line without its indentation, the others
 * indented, joined with the style's line terminator.
 */
export function renderCompact(v: unknown, col: number, style: Style, keep?: ScalarStyle): string {
  if (!isBlockValue(v)) return renderInline(v, false, style, keep);
  const lines = renderBlock(v, col, style);
  return [(lines[0] ?? '').slice(col), ...lines.slice(1)].join(style.eol);
}

/** A map entry `key: value` (or `key:` + nested block lines) at column `col`; first line unindented. */
export function renderEntry(key: string, v: unknown, col: number, style: Style): string {
  const head = `${renderKey(key, false, style)}:`;
  if (!isBlockValue(v)) return `${head} ${renderInline(v, false, style)}`;
  const lines = renderBlock(v, col + (Array.isArray(v) ? style.seqIndent : style.step), style);
  return [head, ...lines].join(style.eol);
}

/** A list item `- value` at column `col`; first line unindented. */
export function renderItem(v: unknown, col: number, style: Style): string {
  return `-${pad(style.gap)}${renderCompact(v, col + 1 + style.gap, style)}`;
}

/** A block literal (`|` / `|-`) for a multi-line string, or null when the string needs quotes. */
export function renderLiteral(s: string, col: number, style: Style): string | null {
  if (!s.includes('\n') || /^[ \t]/.test(s) || /\n\n$/.test(s) || /[\r\t]/.test(s)) return null;
  if (hasUnprintable(s)) return null;
  const body = s.endsWith('\n') ? s.slice(0, -1) : s;
  const head = s.endsWith('\n') ? '|' : '|-';
  const lines = body.split('\n').map((line) => (line === '' ? '' : `${pad(col)}${line}`));
  return [head, ...lines].join(style.eol);
}
