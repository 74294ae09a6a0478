import type { Path, PathSegment } from '../path/path';
import { toSnakeCase } from '../px/snakeCase';
import { KUBERNETES_OBJECT_FIELDS } from '../schema/fieldNames';

/**
 * A value the form shows, with the YAML path it lives at. Paths use the keys as the user wrote
 * them, so a form control edits `node_selector` when that is the spelling in the document.
 */
export interface View {
  readonly path: Path;
  readonly value: unknown;
  /**
   * How deep inside a Kubernetes object Polyaxon builds this value is: 0 for the object itself
   * (and each item of a list of them), 1 below its top-level keys, and so on; -1 for Polyaxon's
   * own values below the section (labels, hpa); undefined for the section itself. Decides which
   * spellings of a key are read.
   */
  readonly k8sDepth?: number;
}

/** The section's value at `path` (Polyaxon's own level). */
export function view(path: Path, value: unknown): View {
  return { path, value };
}

/**
 * Whether keys of a mapping at this depth are read under their snake_case spelling too: on
 * Polyaxon's own levels and at the top level of a Kubernetes object (Polyaxon snake-cases those
 * keys); below that, a key is sent as written and Kubernetes drops a snake_case one.
 */
export function readsSnakeCase(k8sDepth: number | undefined): boolean {
  return k8sDepth === undefined || k8sDepth <= 0;
}

/** The depth of the value under `seg` of a value at `k8sDepth` (list items keep their list's). */
export function depthBelow(k8sDepth: number | undefined, seg: PathSegment): number {
  if (k8sDepth === undefined) return typeof seg === 'string' && KUBERNETES_OBJECT_FIELDS.has(seg) ? 0 : -1;
  if (k8sDepth < 0 || typeof seg === 'number') return k8sDepth;
  return k8sDepth + 1;
}

function below(parent: View, seg: PathSegment, key: PathSegment, value: unknown): View {
  return { path: [...parent.path, key], value, k8sDepth: depthBelow(parent.k8sDepth, seg) };
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * The key a field has in this mapping: the documented camelCase name, or the snake_case spelling
 * Polyaxon also accepts when only that one is present (`snake`: where it is read, see
 * `readsSnakeCase`).
 */
export function keyIn(value: unknown, name: string, snake = true): string {
  if (!snake || !isRecord(value) || name in value) return name;
  const spelled = toSnakeCase(name);
  return spelled in value ? spelled : name;
}

/** A field of a mapping (absent fields have value undefined). */
export function field(parent: View, name: string): View {
  const key = keyIn(parent.value, name, readsSnakeCase(parent.k8sDepth));
  const value = isRecord(parent.value) ? parent.value[key] : undefined;
  return below(parent, name, key, value);
}

/** Items of a list; [] when absent or not a list. */
export function items(parent: View): View[] {
  return Array.isArray(parent.value) ? parent.value.map((v: unknown, i) => below(parent, i, i, v)) : [];
}

/** Entries of a mapping; [] when absent or not a mapping. */
export function entries(parent: View): [string, View][] {
  if (!isRecord(parent.value)) return [];
  return Object.entries(parent.value).map(([k, v]) => [k, below(parent, k, k, v)]);
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
  const snake = readsSnakeCase(parent.k8sDepth);
  const shown = new Set(known.map((k) => keyIn(value, k, snake)));
  return Object.keys(value).filter((k) => !shown.has(k));
}

export function child(parent: View, seg: PathSegment): View {
  if (typeof seg === 'number') {
    const value = Array.isArray(parent.value) ? (parent.value[seg] as unknown) : undefined;
    return below(parent, seg, seg, value);
  }
  return field(parent, seg);
}
