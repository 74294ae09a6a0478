import { isMap, isScalar, type Node } from 'yaml';
import { formatPath, type Path } from '../path/path';
import { styleAt, type EditContext, type SpliceResult } from './context';
import { containerOf } from './remove';
import { renderKey } from './render';
import { findKey } from './resolve';
import { scalarStyleOf } from './style';

/**
 * Renames the key at `path` (a map entry), keeping its value text untouched. The new key is
 * written in the old key's quote style when it can be, else plain when safe, else quoted.
 */
export function renameAt(ctx: EditContext, path: Path, newKey: string): SpliceResult {
  const last = path[path.length - 1];
  if (typeof last !== 'string')
    return `Cannot rename ${formatPath(path) || 'the document root'}: it is not a map entry`;
  const c = containerOf(ctx, path);
  if (typeof c === 'string') return c;
  if (!isMap(c.coll)) return `Cannot rename ${formatPath(path)}: it is not a map entry`;
  if (newKey === last) return [];
  const other = findKey(c.coll, newKey);
  if (other >= 0 && other !== c.index) {
    return `Cannot rename ${formatPath(path)} to ${JSON.stringify(newKey)}: ${formatPath([...path.slice(0, -1), newKey])} already exists`;
  }
  const key = c.coll.items[c.index]?.key as Node | null | undefined;
  if (!isScalar(key) || !key.range) return `Cannot rename ${formatPath(path)}: its key is not a scalar`;
  const style = styleAt(ctx, c.slot, c.coll);
  const text = renderKey(newKey, !!c.coll.flow, style, scalarStyleOf(key));
  return [{ from: key.range[0], to: key.range[1], insert: text }];
}
