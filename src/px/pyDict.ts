import { pyStr } from './pyText';
import type { PyValue, YamlDialect } from '../yaml/pyValue';

/**
 * Which keys a Python dict (PyYAML) or a Go `map[interface{}]interface{}` (go-yaml v2) treats as
 * the same: in Python `1 == 1.0 == True` and `0 == 0.0 == False`; in Go keys of different
 * dynamic types (int, float64, bool) stay apart.
 */

type Entry = [PyValue, PyValue];

/** A text equal for keys the dialect's dict/map treats as the same key (Python: 1 == 1.0 == True). */
function keyId(key: PyValue, dialect: YamlDialect): string | null {
  switch (key.kind) {
    case 'null':
      return 'null';
    case 'str':
      return `s:${key.value}`;
    case 'timestamp':
      return `t:${pyStr(key)}`;
    case 'bool':
      return dialect === 'pyyaml' ? `n:${key.value ? 1 : 0}` : `b:${String(key.value)}`;
    case 'int':
      return `${dialect === 'pyyaml' ? 'n' : 'i'}:${key.value.toString()}`;
    case 'float':
      if (Number.isNaN(key.value)) return null;
      if (dialect === 'goyaml2') return `f:${String(key.value)}`;
      return Number.isInteger(key.value) ? `n:${BigInt(key.value).toString()}` : `n:${String(key.value)}`;
    case 'list':
    case 'map':
      return null;
  }
}

/**
 * The entries of a mapping as the loaded dict / map holds them: later values win, and a key keeps
 * the place (and the spelling) of its first occurrence. NaN keys never match (as in both languages).
 */
export function dedupeEntries(entries: readonly Entry[], dialect: YamlDialect): Entry[] {
  const out: Entry[] = [];
  const seen = new Map<string, number>();
  for (const [key, value] of entries) {
    const id = keyId(key, dialect);
    const at = id === null ? undefined : seen.get(id);
    const existing = at === undefined ? undefined : out[at];
    if (existing) existing[1] = value;
    else {
      if (id !== null) seen.set(id, out.length);
      out.push([key, value]);
    }
  }
  return out;
}
