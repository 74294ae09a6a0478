/**
 * A location inside a YAML document: map keys and sequence indices from the
 * document root. `['environment', 'labels', 'example.com/team']` is written
 * `environment.labels["example.com/team"]` (see {@link formatPath}).
 */
export type PathSegment = string | number;
export type Path = readonly PathSegment[];

const PLAIN_NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/** Dotted form used by the CLI JSON and by `data-path` in the app. */
export function formatPath(path: Path): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (PLAIN_NAME.test(seg)) out += out === '' ? seg : `.${seg}`;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}

/** Inverse of {@link formatPath}; returns null for text that is not a path. */
export function parsePath(text: string): PathSegment[] | null {
  const out: PathSegment[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '[') {
      const close = findBracketEnd(text, i);
      if (close < 0) return null;
      const inner = text.slice(i + 1, close);
      if (/^\d+$/.test(inner)) out.push(Number(inner));
      else {
        try {
          const key: unknown = JSON.parse(inner);
          if (typeof key !== 'string') return null;
          out.push(key);
        } catch {
          return null;
        }
      }
      i = close + 1;
      continue;
    }
    if (ch === '.') {
      if (out.length === 0) return null;
      i++;
    }
    const m = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(text.slice(i));
    if (!m) return null;
    out.push(m[0]);
    i += m[0].length;
  }
  return out;
}

function findBracketEnd(text: string, open: number): number {
  if (text[open + 1] !== '"') return text.indexOf(']', open);
  let i = open + 2;
  while (i < text.length) {
    if (text[i] === '\\') i += 2;
    else if (text[i] === '"') return text[i + 1] === ']' ? i + 1 : -1;
    else i++;
  }
  return -1;
}

export function pathEquals(a: Path, b: Path): boolean {
  return a.length === b.length && a.every((seg, i) => seg === b[i]);
}

export function isPrefix(prefix: Path, path: Path): boolean {
  return prefix.length <= path.length && prefix.every((seg, i) => seg === path[i]);
}
