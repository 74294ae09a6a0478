import type { Path, PathSegment } from '../path/path';
import { toSnakeCase } from '../px/snakeCase';

/**
 * A value the form shows, with the YAML path it lives at. Paths use the keys as the user wrote
 * them, so a form control edits `node_selector` when that is the spelling in the document.
 */
export interface View {
  readonly path: Path;
  readonly value: unknown;
}

export function view(path: Path, value: unknown): View {
  return { path, value };
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * The key a field has in this mapping: the documented camelCase name, or the snake_case spelling
 * Polyaxon also accepts when only that one is present.
 */
export function keyIn(value: unknown, name: string): string {
  if (!isRecord(value) || name in value) return name;
  const snake = toSnakeCase(name);
  return snake in value ? snake : name;
}

/** A field of a mapping (absent fields have value undefined). */
export function field(parent: View, name: string): View {
  const key = keyIn(parent.value, name);
  const value = isRecord(parent.value) ? parent.value[key] : undefined;
  return { path: [...parent.path, key], value };
}

/** Items of a list; [] when absent or not a list. */
export function items(parent: View): View[] {
  return Array.isArray(parent.value)
    ? parent.value.map((v: unknown, i) => ({ path: [...parent.path, i], value: v }))
    : [];
}

/** Entries of a mapping; [] when absent or not a mapping. */
export function entries(parent: View): [string, View][] {
  if (!isRecord(parent.value)) return [];
  return Object.entries(parent.value).map(([k, v]) => [k, { path: [...parent.path, k], value: v }]);
}

export function isList(v: View): boolean {
  return Array.isArray(v.value);
}

export function isMapping(v: View): boolean {
  return isRecord(v.value);
}

/** The text a scalar shows in an input: strings as they are, other scalars as YAML writes them. */
export function scalarText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value);
  return JSON.stringify(value) ?? '';
}

/**
 * Keys of `parent` the form has no control for, so the UI can list them as kept in the YAML: every
 * key but the one `field()` reads for each known name (so of `nodeSelector` and `node_selector`
 * written side by side, the second is listed).
 */
export function otherKeys(parent: View, known: readonly string[]): string[] {
  const value = parent.value;
  if (!isRecord(value)) return [];
  const shown = new Set(known.map((k) => keyIn(value, k)));
  return Object.keys(value).filter((k) => !shown.has(k));
}

export function child(parent: View, seg: PathSegment): View {
  if (typeof seg === 'number') {
    const value = Array.isArray(parent.value) ? (parent.value[seg] as unknown) : undefined;
    return { path: [...parent.path, seg], value };
  }
  return field(parent, seg);
}
