import { edits, parentOf } from '../nodes';
import type { Fix } from '../types';

/** localhostProfile with a type other than Localhost: remove it, or make the type Localhost. */
export const localhostProfileFix: Fix = {
  codes: ['seccomp-localhost-profile-forbidden', 'apparmor-localhost-profile-forbidden'],
  kind: 'suggestion',
  choices({ issue }) {
    return [
      edits('Remove localhostProfile', [{ op: 'remove', path: issue.path }]),
      edits('Change type to Localhost', [
        { op: 'set', path: [...parentOf(issue.path), 'type'], value: 'Localhost' },
      ]),
    ];
  },
};
