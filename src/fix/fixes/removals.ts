import { edits, lastKey } from '../nodes';
import type { Fix, FixKind } from '../types';

/** Removes the entry the issue points at. */
function removeFix(codes: readonly string[], kind: FixKind): Fix {
  return {
    codes,
    kind,
    choices({ issue }) {
      const name = lastKey(issue.path);
      if (!name) return [];
      return [edits(`Remove ${name}`, [{ op: 'remove', path: issue.path }])];
    },
  };
}

/**
 * Entries whose removal changes nothing Polyaxon or Kubernetes would run, or that can only
 * be removed: an empty dnsConfig, labels Polyaxon overwrites, hpa on the cleaner, values of
 * an Exists selector, resource claims no pod can satisfy.
 */
export const removeSafeFix = removeFix(
  [
    'empty-rejected',
    'polyaxon-owned-label',
    'polyaxon-owned-annotation',
    'cleaner-hpa-no-effect',
    'selector-values-forbidden',
    'resource-claims-unsupported',
    'toleration-exists-with-value',
  ],
  'safe',
);

/** Removal is one way out, but the user may prefer another (or lose an intent). */
export const removeSuggestionFix = removeFix(
  ['pod-only-security-field', 'toleration-seconds-not-positive', 'cleaner-resources-empty'],
  'suggestion',
);
