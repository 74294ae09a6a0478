import type { Edit } from '../../../src/index';
import { form as core, parseQuantity, quantityToNumber } from '../../../src/index';

/** Resources counted in bytes. */
const BYTE_RESOURCES = new Set(['memory', 'ephemeral-storage']);
const BINARY_UNITS = ['KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB'];

/** A number for a hint: at most three decimals, no exponent for ordinary sizes. */
function formatNumber(n: number): string {
  const rounded = Math.round(n * 1000) / 1000;
  return Math.abs(rounded) >= 1e21 ? rounded.toExponential(3) : String(rounded);
}

function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 'bytes';
  for (const next of BINARY_UNITS) {
    if (Math.abs(value) < 1024) break;
    value /= 1024;
    unit = next;
  }
  const exact = Number.isInteger(value);
  return `${exact ? '=' : '≈'} ${formatNumber(value)} ${unit === 'bytes' && value === 1 ? 'byte' : unit}`;
}

/**
 * What a quantity amounts to, for the hint under its input ("= 0.5 CPU", "= 512 MiB"); null when
 * the text is empty, not a quantity (the core says why), or the hint would only repeat it.
 */
export function quantityHint(resource: string, value: unknown): string | null {
  if (typeof value !== 'string' && !(typeof value === 'number' && Number.isInteger(value))) return null;
  const text = String(value).trim();
  if (text === '') return null;
  const parsed = parseQuantity(text);
  if (!parsed.ok) return null;
  const n = quantityToNumber(parsed.quantity);
  if (resource === 'cpu') return `= ${formatNumber(n)} CPU`;
  if (BYTE_RESOURCES.has(resource) || resource.startsWith('hugepages-')) return formatBytes(n);
  const plain = formatNumber(n);
  return plain === text ? null : `= ${plain}`;
}

/**
 * The value to write for what was typed: a whole number stays a YAML number where the document
 * already has a number there, anything else is written as a string (Kubernetes' own spelling).
 */
export function quantityValue(text: string, current: unknown): string | number {
  const t = text.trim();
  return typeof current === 'number' && /^\d+$/.test(t) && Number.isSafeInteger(Number(t)) ? Number(t) : t;
}

/** The resources every container has, always shown as rows. */
export const STANDARD_RESOURCES = ['cpu', 'memory', 'ephemeral-storage'] as const;

/** Rows of the resources table: the standard ones, then the others as written, then added ones. */
export function resourceRows(resources: core.View, added: readonly string[]): string[] {
  const rows: string[] = [...STANDARD_RESOURCES];
  const seen = new Set(rows);
  const push = (name: string): void => {
    if (seen.has(name)) return;
    seen.add(name);
    rows.push(name);
  };
  for (const list of ['requests', 'limits']) {
    for (const [name] of core.entries(core.field(resources, list))) push(name);
  }
  added.forEach(push);
  return rows;
}

/**
 * Removes one resource from requests and limits at once, removing what that leaves empty, so no
 * `resources: {}` (which would drop the cleaner's defaults) is left behind.
 */
export function removeResourceEdits(root: core.View, resources: core.View, name: string): Edit[] {
  const lists = ['requests', 'limits']
    .map((which) => core.field(resources, which))
    .filter((list) => core.entries(list).some(([k]) => k === name));
  if (lists.length === 0) return [];
  const emptied = new Set(lists.filter((list) => core.entries(list).length === 1).map((l) => l.path.at(-1)));
  const remaining = core.entries(resources).filter(([k]) => !emptied.has(k));
  if (remaining.length === 0) return core.unset(root, resources.path);
  return lists.map((list): Edit => ({
    op: 'remove',
    path: emptied.has(list.path.at(-1)) ? list.path : [...list.path, name],
  }));
}
