import { isSeq } from 'yaml';
import { formatPath, type Path } from '../path/path';
import type { EditContext, SpliceResult } from './context';
import { isNullish } from './ranges';
import { resolve } from './resolve';
import { insertItem, outOfRange, setAt } from './set';

/**
 * Inserts `value` into the list at `path` before item `index` (index = length appends). A
 * missing or empty (`key:` / `key: ~`) list is created with index 0; missing parents too.
 */
export function insertAt(ctx: EditContext, path: Path, index: number, value: unknown): SpliceResult {
  if (!Number.isInteger(index) || index < 0)
    return `Invalid index ${index} for ${formatPath(path) || 'the document root'}`;
  const found = resolve(ctx.text, ctx.doc, path);
  if (typeof found === 'string') return found;
  const where = formatPath(path) || 'the document root';
  if (found.depth < path.length || isNullish(found.node)) {
    if (index !== 0) return outOfRange(path, index, 0);
    return setAt(ctx, path, [value]);
  }
  const seq = found.node;
  if (!isSeq(seq)) return `Cannot insert into ${where}: it is not a list`;
  if (index > seq.items.length) return outOfRange(path, index, seq.items.length);
  return insertItem(ctx, found.slot, seq, index, value);
}
