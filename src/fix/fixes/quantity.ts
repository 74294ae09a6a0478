import { parseQuantity } from '../../k8s/quantity';
import { edits, valueAt } from '../nodes';
import type { Fix } from '../types';

/** Suffixes people write, and the Kubernetes suffixes they mean (one: a safe fix). */
const BY_CASE: Readonly<Record<string, readonly string[]>> = {
  K: ['k', 'Ki'],
  g: ['G', 'Gi'],
  t: ['T', 'Ti'],
};
const FOLDED: Readonly<Record<string, readonly string[]>> = {
  ki: ['Ki'],
  mi: ['Mi'],
  gi: ['Gi'],
  ti: ['Ti'],
  pi: ['Pi'],
  ei: ['Ei'],
  kib: ['Ki'],
  mib: ['Mi'],
  gib: ['Gi'],
  tib: ['Ti'],
  pib: ['Pi'],
  eib: ['Ei'],
  kb: ['k', 'Ki'],
  mb: ['M', 'Mi'],
  gb: ['G', 'Gi'],
  tb: ['T', 'Ti'],
  pb: ['P', 'Pi'],
  eb: ['E', 'Ei'],
};

const NUMBER_SUFFIX = /^([+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+))([A-Za-z]*)$/;

/** Quantities with the suffix fixed; [] when the suffix is not a known slip. */
export function suffixFixes(text: string): string[] {
  const m = NUMBER_SUFFIX.exec(text.trim());
  if (!m) return [];
  const [, number = '', suffix = ''] = m;
  const options = BY_CASE[suffix] ?? FOLDED[suffix.toLowerCase()] ?? [];
  return options.map((s) => number + s).filter((q) => q !== text && parseQuantity(q).ok);
}

/** Memory with `m` (milli) or no unit, where a byte unit is meant: `64m` → 64Mi or 64M. */
export function byteUnitFixes(text: string): string[] {
  const m = NUMBER_SUFFIX.exec(text.trim());
  if (!m) return [];
  const [, number = '', suffix = ''] = m;
  if (suffix === 'm') return [`${number}Mi`, `${number}M`];
  if (suffix === '') return [`${number}Gi`, `${number}Mi`];
  return [];
}

/**
 * A quantity Kubernetes rejects or reads oddly: `100mi` → `100Mi`, `1GiB` → `1Gi` (safe); `1GB`
 * → `1G` or `1Gi`, `64m` of memory → `64Mi` or `64M`, memory `0.5` → `0.5Gi` (suggestions).
 */
export const quantityFix: Fix = {
  codes: ['quantity-invalid', 'quantity-fractional-bytes'],
  kind: 'safe',
  choices(ctx) {
    const { issue } = ctx;
    const value = valueAt(ctx, issue.path);
    if (typeof value !== 'string' && typeof value !== 'number') return [];
    const text = String(value);
    const options = issue.code === 'quantity-invalid' ? suffixFixes(text) : byteUnitFixes(text);
    return options.map((q) => edits(`Change to ${q}`, [{ op: 'set', path: issue.path, value: q }]));
  },
};
