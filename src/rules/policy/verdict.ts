import type { SectionKind } from '../../judge/rule';
import { baselineFindings } from './baseline';
import type { PssFinding } from './finding';
import { restrictedFindings } from './restricted';

/** A Pod Security Standards profile, from the most to the least permissive. */
export type PssProfile = 'privileged' | 'baseline' | 'restricted';

/** Every Pod Security Standards check that the pod-level fields of a section fail. */
export function pssFindings(value: unknown, kind: SectionKind): PssFinding[] {
  if (kind === 'cleaner') return [];
  return [...baselineFindings({ value, kind }), ...restrictedFindings({ value, kind })];
}

/**
 * The highest Pod Security Standards profile the pod-level fields of a section allow (its
 * normalized value, as in `DetectedSection.value`). Container-level requirements are not counted:
 * an environment whose pod-level fields are fine is `restricted` here, although the run's
 * containers must still set allowPrivilegeEscalation: false and drop ALL capabilities.
 */
export function pssVerdict(value: unknown, kind: SectionKind): PssProfile {
  const failed = pssFindings(value, kind).filter((f) => f.code !== 'pss-restricted-container-level');
  if (failed.some((f) => f.level === 'baseline')) return 'privileged';
  if (failed.some((f) => f.level === 'restricted')) return 'baseline';
  return 'restricted';
}
