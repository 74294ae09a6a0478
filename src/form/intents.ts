import type { Edit } from '../edit/edit';
import type { Path } from '../path/path';
import type { View } from './view';

/**
 * What form controls ask for, turned into core edits. An empty control means "unset": the key
 * is removed, and so is a mapping or list that the removal leaves empty (but never the section
 * itself), because `dnsConfig: {}` or `tolerations: []` would say something the user did not.
 */

function valueAt(root: View, path: Path): unknown {
  let cur: unknown = root.value;
  for (const seg of path.slice(root.path.length)) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[seg];
  }
  return cur;
}

function sizeOf(value: unknown): number {
  if (Array.isArray(value)) return value.length;
  if (value !== null && typeof value === 'object') return Object.keys(value).length;
  return -1;
}

/** Removes `path` and every parent that would be left empty, up to (not including) the root. */
export function unset(root: View, path: Path): Edit[] {
  if (valueAt(root, path) === undefined) return [];
  let target = path;
  while (target.length > root.path.length + 1) {
    const parent = target.slice(0, -1);
    if (sizeOf(valueAt(root, parent)) !== 1) break;
    target = parent;
  }
  return [{ op: 'remove', path: target }];
}

/** Sets a scalar; '' or undefined unsets it. Nothing when the value is already there. */
export function setValue(root: View, path: Path, value: unknown): Edit[] {
  if (value === undefined || value === '') return unset(root, path);
  if (Object.is(valueAt(root, path), value)) return [];
  return [{ op: 'set', path, value }];
}

/** Writes a whole subtree (an object or a list) at a path. */
export function setTree(path: Path, value: unknown): Edit[] {
  return [{ op: 'set', path, value }];
}

export function append(list: View, value: unknown): Edit[] {
  const length = Array.isArray(list.value) ? list.value.length : 0;
  return [{ op: 'insert', path: list.path, index: length, value }];
}

/** Removes a list item or map entry; removing the last one unsets the container too. */
export function removeAt(root: View, path: Path): Edit[] {
  return unset(root, path);
}

export function move(container: View, from: number, to: number): Edit[] {
  const n = sizeOf(container.value);
  if (from === to || from < 0 || to < 0 || from >= n || to >= n) return [];
  return [{ op: 'move', path: container.path, from, to }];
}

/** Renames a map key, keeping its value text; refused (no edit) when the new key exists. */
export function renameKey(mapping: View, oldKey: string, newKey: string): Edit[] {
  if (newKey === oldKey || newKey === '') return [];
  const value = mapping.value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [];
  if (newKey in value || !(oldKey in value)) return [];
  return [{ op: 'renameKey', path: [...mapping.path, oldKey], newKey }];
}
