import type { Node } from 'yaml';
import type { Path, PathSegment } from '../path/path';

/**
 * A value of a section as Polyaxon holds it (keys normalized to their camelCase
 * names, YAML 1.1 scalars resolved, Polyaxon's coercions applied), tied to the
 * YAML node it came from. Rules read these; they never touch the YAML text.
 */
export interface Located {
  /** Plain JS value after normalization (what Polyaxon passes on to Kubernetes). */
  readonly value: unknown;
  /** Path from the document root, with the keys as the user wrote them. */
  readonly path: Path;
  /** The YAML node of the value; null for a value that is absent or implied. */
  readonly node: Node | null;
  /** The YAML key node when this value is a map entry. */
  readonly keyNode: Node | null;
  /** Children of a mapping, by normalized key. */
  readonly entries: ReadonlyMap<string, Located> | null;
  /** Children of a sequence. */
  readonly items: readonly Located[] | null;
}

export function child(loc: Located | undefined, key: PathSegment): Located | undefined {
  if (!loc) return undefined;
  if (typeof key === 'number') return loc.items?.[key];
  return loc.entries?.get(key);
}

export function childIn(loc: Located | undefined, keys: readonly PathSegment[]): Located | undefined {
  let cur = loc;
  for (const k of keys) cur = child(cur, k);
  return cur;
}

/** The string value, or undefined when absent or not a string. */
export function str(loc: Located | undefined): string | undefined {
  return typeof loc?.value === 'string' ? loc.value : undefined;
}

export function num(loc: Located | undefined): number | undefined {
  return typeof loc?.value === 'number' ? loc.value : undefined;
}

export function bool(loc: Located | undefined): boolean | undefined {
  return typeof loc?.value === 'boolean' ? loc.value : undefined;
}

/** Items of a sequence, or [] when absent or not a sequence. */
export function itemsOf(loc: Located | undefined): readonly Located[] {
  return loc?.items ?? [];
}

/** Entries of a mapping, or [] when absent or not a mapping. */
export function entriesOf(loc: Located | undefined): readonly (readonly [string, Located])[] {
  return loc?.entries ? [...loc.entries] : [];
}

/** True when the value is present and not null. */
export function isSet(loc: Located | undefined): loc is Located {
  return loc !== undefined && loc.value !== null && loc.value !== undefined;
}
