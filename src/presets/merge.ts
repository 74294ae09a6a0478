import type { Edit } from '../edit/edit';
import { formatPath, type Path } from '../path/path';
import { field, type View } from '../form/view';

/** The edits that add a block to a section, and what was left as the user wrote it. */
export interface MergePlan {
  readonly edits: readonly Edit[];
  /** One line per value kept instead of the block's (e.g. "kept your dnsPolicy: ClusterFirst"). */
  readonly notes: readonly string[];
}

export interface MergeOptions {
  /** The most items a list may hold, by its path relative to the section (as `formatPath` writes it). */
  readonly maxItems?: Readonly<Record<string, number>>;
}

interface Plan {
  readonly edits: Edit[];
  readonly notes: string[];
  readonly options: MergeOptions;
}

/**
 * Plans how to add `block` to the section shown by `section` without replacing anything:
 * missing keys are set; mappings get their missing keys; list items are appended unless an equal
 * item is there; a value already set to something else is kept and noted. Keys are matched as
 * the section spells them (the camelCase name, or the snake_case one when only that is used).
 */
export function planMerge(
  section: View,
  block: Readonly<Record<string, unknown>>,
  options: MergeOptions = {},
): MergePlan {
  const plan: Plan = { edits: [], notes: [], options };
  mergeMap(section, [], block, plan);
  return { edits: plan.edits, notes: plan.notes };
}

function mergeMap(at: View, rel: Path, want: Readonly<Record<string, unknown>>, plan: Plan): void {
  for (const [name, value] of Object.entries(want)) {
    const sub = field(at, name);
    const key = sub.path[sub.path.length - 1] ?? name;
    merge(sub, [...rel, key], value, plan);
  }
}

function merge(at: View, rel: Path, want: unknown, plan: Plan): void {
  const have = at.value;
  if (have === undefined || have === null) {
    plan.edits.push({ op: 'set', path: at.path, value: want });
    return;
  }
  if (isRecord(want)) {
    if (isRecord(have)) mergeMap(at, rel, want, plan);
    else
      plan.notes.push(`kept your ${formatPath(rel)} (${describe(have)}); the preset's mapping was not added`);
    return;
  }
  if (Array.isArray(want)) {
    if (Array.isArray(have)) appendMissing(at, rel, have, want, plan);
    else plan.notes.push(`kept your ${formatPath(rel)} (${describe(have)}); the preset's list was not added`);
    return;
  }
  if (!sameValue(have, want)) {
    plan.notes.push(`kept your ${formatPath(rel)}: ${show(have)} (the preset has ${show(want)})`);
  }
}

function appendMissing(
  at: View,
  rel: Path,
  have: readonly unknown[],
  want: readonly unknown[],
  plan: Plan,
): void {
  const max = plan.options.maxItems?.[formatPath(rel)];
  let length = have.length;
  for (const item of want) {
    if (have.some((h) => sameValue(h, item))) continue;
    if (max !== undefined && length >= max) {
      plan.notes.push(
        `did not add ${show(item)} to ${formatPath(rel)}: it already has ${length}, the most Kubernetes allows`,
      );
      continue;
    }
    plan.edits.push({ op: 'insert', path: at.path, index: length, value: item });
    length++;
  }
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Deep equality of plain YAML values, ignoring key order. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  }
  if (isRecord(a) && isRecord(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => k in b && sameValue(a[k], b[k]));
  }
  return false;
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (isRecord(value)) return 'a mapping';
  return show(value);
}

function show(value: unknown): string {
  if (typeof value === 'string') return value === '' ? '""' : value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value);
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 80 ? `${json.slice(0, 77)}...` : json;
}
