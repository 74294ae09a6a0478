/**
 * The part of black's line splitting (black 23, default mode) that a call made of keyword
 * arguments with literal values can reach. A value is a flat list of tokens; a line that
 * does not fit is split the way black's `transform_line` does:
 *
 * - inside brackets, at the commas of its own bracket level ("delimiter split"), one item
 *   per line, adding a trailing comma after the last item;
 * - otherwise at its last bracket pair ("right-hand split"): the text up to the opening
 *   bracket, the contents one level deeper, and the closing bracket with what follows.
 *   The contents of a list or dict literal with more than one item are then always
 *   exploded one item per line (black's `should_split_line`); a call's arguments stay on
 *   one line when they fit.
 *
 * A line whose width (in code points) is at most the line length is left alone.
 */
import { pythonNumber, pythonString } from './pyLiteral';

/** One token of Python source. `collection` marks the bracket of a list / dict literal. */
export interface PyToken {
  readonly kind: 'atom' | 'open' | 'close' | 'comma' | 'colon' | 'eq';
  readonly text: string;
  readonly collection?: boolean;
}

/** A logical line being split: tokens, indentation depth and black's line flags. */
export interface PyLine {
  readonly tokens: readonly PyToken[];
  readonly depth: number;
  /** Black's `inside_brackets`: only such lines may be split at commas. */
  readonly inside: boolean;
  /** Black's `should_split_rhs`: split even when the line fits. */
  readonly explode: boolean;
}

const atom = (text: string): PyToken => ({ kind: 'atom', text });
const COMMA: PyToken = { kind: 'comma', text: ',' };

/** Appends the tokens of a JSON-like value written as a Python literal. */
export function pushValue(out: PyToken[], value: unknown, seen: Set<object> = new Set()): void {
  if (value === null || value === undefined) out.push(atom('None'));
  else if (typeof value === 'boolean') out.push(atom(value ? 'True' : 'False'));
  else if (typeof value === 'bigint') out.push(atom(value.toString()));
  else if (typeof value === 'string') out.push(atom(pythonString(value)));
  else if (typeof value === 'number') pushNumber(out, value);
  else if (typeof value === 'object' && seen.has(value)) out.push(atom('None'));
  else if (typeof value === 'object' && hasToJson(value)) pushValue(out, value.toJSON(), seen);
  else if (typeof value === 'object' && (Array.isArray(value) || isPlain(value))) {
    seen.add(value);
    if (Array.isArray(value)) {
      out.push({ kind: 'open', text: '[', collection: true });
      value.forEach((item: unknown, i) => {
        if (i > 0) out.push(COMMA);
        pushValue(out, item, seen);
      });
      out.push({ kind: 'close', text: ']' });
    } else {
      out.push({ kind: 'open', text: '{', collection: true });
      Object.entries(value).forEach(([key, item], i) => {
        if (i > 0) out.push(COMMA);
        out.push(atom(pythonString(key)), { kind: 'colon', text: ':' });
        pushValue(out, item, seen);
      });
      out.push({ kind: 'close', text: '}' });
    }
    seen.delete(value);
  } else out.push(atom(pythonString(String(value))));
}

/** Objects such as Date that JSON.stringify writes through their `toJSON`. */
function hasToJson(value: object): value is { toJSON: () => unknown } {
  return typeof (value as { toJSON?: unknown }).toJSON === 'function';
}

function isPlain(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function pushNumber(out: PyToken[], n: number): void {
  const text = pythonNumber(n);
  const call = /^(-?float)\((".*")\)$/.exec(text);
  if (!call) {
    out.push(atom(text));
    return;
  }
  // `float("inf")` is a name with a call trailer: black may split inside its parentheses.
  out.push(atom(call[1] ?? ''), { kind: 'open', text: '(' }, atom(call[2] ?? ''), {
    kind: 'close',
    text: ')',
  });
}

/** Tokens joined with black's spacing: a space after `,` and `:`, none elsewhere. */
export function joinTokens(tokens: readonly PyToken[]): string {
  let out = '';
  let prev: PyToken | undefined;
  for (const tok of tokens) {
    if (prev && (prev.kind === 'comma' || prev.kind === 'colon') && tok.kind !== 'close') out += ' ';
    out += tok.text;
    prev = tok;
  }
  return out;
}

/** The line as black prints it: four spaces per depth, then the tokens. */
export function renderLine(line: PyLine): string {
  return '    '.repeat(line.depth) + joinTokens(line.tokens);
}

/** Black's `len(line_str)`: Python counts code points. */
export function textWidth(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const low = i > 0 && unit >= 0xdc00 && unit <= 0xdfff;
    const afterHigh = low && (text.charCodeAt(i - 1) & 0xfc00) === 0xd800;
    if (!afterHigh) n++;
  }
  return n;
}

/** Depth of each token inside the brackets opened on this line (commas at 0 split). */
function levels(tokens: readonly PyToken[]): number[] {
  let depth = 0;
  return tokens.map((tok) => {
    if (tok.kind === 'close') depth = Math.max(0, depth - 1);
    const at = depth;
    if (tok.kind === 'open') depth++;
    return at;
  });
}

function delimiterSplit(line: PyLine): PyLine[] | null {
  const { tokens } = line;
  const depthOf = levels(tokens);
  const last = tokens.length - 1;
  const splits = tokens.some((t, i) => i < last && t.kind === 'comma' && depthOf[i] === 0);
  if (!splits) return null;
  const parts: PyToken[][] = [];
  let current: PyToken[] = [];
  tokens.forEach((tok, i) => {
    current.push(tok);
    if (tok.kind === 'comma' && depthOf[i] === 0) {
      parts.push(current);
      current = [];
    }
  });
  if (current.length > 0) parts.push([...current, COMMA]);
  return parts.map((part) => ({ tokens: part, depth: line.depth, inside: line.inside, explode: false }));
}

/** Black's `should_split_line` for the contents of a bracket pair. */
function mustExplode(body: readonly PyToken[], opening: PyToken): boolean {
  const trailing = body[body.length - 1]?.kind === 'comma';
  const depthOf = levels(body);
  const end = trailing ? body.length - 1 : body.length;
  const commas = body.some((t, i) => i < end && t.kind === 'comma' && depthOf[i] === 0);
  return commas && (trailing || opening.collection === true);
}

function rightHandSplit(line: PyLine): PyLine[] | null {
  const { tokens } = line;
  let close = -1;
  for (let i = tokens.length - 1; i >= 0 && close < 0; i--) if (tokens[i]?.kind === 'close') close = i;
  if (close < 0) return null;
  let open = -1;
  for (let i = close - 1, depth = 0; i >= 0 && open < 0; i--) {
    const kind = tokens[i]?.kind;
    if (kind === 'close') depth++;
    else if (kind === 'open' && depth-- === 0) open = i;
  }
  const opening = tokens[open];
  if (!opening) return null;
  const head = tokens.slice(0, open + 1);
  const body = tokens.slice(open + 1, close);
  const tail = tokens.slice(close);
  // Black refuses to split around empty brackets when it saves fewer than three characters.
  if (body.length === 0 && joinTokens(tail).trim().length < 3) return null;
  const out: PyLine[] = [{ tokens: head, depth: line.depth, inside: false, explode: false }];
  if (body.length > 0) {
    out.push({ tokens: body, depth: line.depth + 1, inside: true, explode: mustExplode(body, opening) });
  }
  out.push({ tokens: tail, depth: line.depth, inside: false, explode: false });
  return out;
}

/** Splits `line` like black does and appends the resulting physical lines to `out`. */
export function splitLine(line: PyLine, lineLength: number, out: string[]): void {
  const text = renderLine(line);
  if (!line.explode && textWidth(text) <= lineLength) {
    out.push(text);
    return;
  }
  const attempts = line.inside ? [delimiterSplit, rightHandSplit] : [rightHandSplit];
  for (const attempt of attempts) {
    const parts = attempt(line);
    if (parts === null || parts.some((part) => renderLine(part) === text)) continue;
    for (const part of parts) splitLine(part, lineLength, out);
    return;
  }
  out.push(text);
}
