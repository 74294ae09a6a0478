import type { Path } from '../../path/path';
import { edits, parentOf } from '../nodes';
import type { Fix, FixContext, FixKind } from '../types';

/** Writes the value the issue suggests at `target(path)` (the issue's own path by default). */
function suggestedValue(
  codes: readonly string[],
  kind: FixKind,
  field: (path: Path) => Path = (path) => path,
): Fix {
  return {
    codes,
    kind,
    choices({ issue }: FixContext) {
      const value = issue.data?.['suggestion'];
      if (typeof value !== 'string') return [];
      const path = field(issue.path);
      const name = path[path.length - 1];
      const title = typeof name === 'string' ? `Set ${name}: ${value}` : `Change to ${value}`;
      return [edits(title, [{ op: 'set', path, value }])];
    },
  };
}

/** The only valid value (matchFields key) or a label's documented replacement. */
export const replacementValueFix = suggestedValue(
  ['match-fields-key-invalid', 'node-affinity-deprecated-label', 'topology-key-deprecated'],
  'safe',
);

/** A sensible default the user may want to change (a topology key, a profile type). */
export const defaultValueFix = suggestedValue(
  ['topology-key-missing', 'seccomp-type-missing', 'apparmor-type-missing'],
  'suggestion',
);

/** hostNetwork without cluster DNS: add dnsPolicy ClusterFirstWithHostNet next to it. */
export const hostNetworkDnsFix = suggestedValue(['host-network-dns-policy'], 'safe', (path) => [
  ...parentOf(path),
  'dnsPolicy',
]);
