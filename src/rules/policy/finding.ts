import type { SectionKind } from '../../judge/rule';
import type { PolicyCode } from './codes';

/** The Pod Security Standards levels that have checks (privileged has none). */
export type PssLevel = 'baseline' | 'restricted';

/** One failed Pod Security Standards check, located by normalized keys relative to the section. */
export interface PssFinding {
  readonly code: PolicyCode;
  readonly level: PssLevel;
  /** Keys from the section root to the value concerned (or to the mapping missing `missing`). */
  readonly path: readonly string[];
  /** The absent key of `path` the finding is about. */
  readonly missing?: string;
  /** True when a setting is missing rather than a value being wrong. */
  readonly absent?: boolean;
  readonly message: string;
}

/** What the checks read: the section's normalized value and its kind. */
export interface PssInput {
  readonly value: unknown;
  readonly kind: SectionKind;
}

/** The value at `keys` of a plain object tree, or undefined. */
export function get(value: unknown, ...keys: readonly string[]): unknown {
  let cur = value;
  for (const key of keys) {
    if (cur === null || typeof cur !== 'object' || Array.isArray(cur)) return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

/** The entries of a plain mapping, or []. */
export function entries(value: unknown): [string, unknown][] {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? Object.entries(value as Record<string, unknown>)
    : [];
}
