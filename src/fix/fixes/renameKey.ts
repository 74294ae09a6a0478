import { edits, lastKey } from '../nodes';
import type { Fix } from '../types';

/**
 * A key written another way than its field: a snake_case alias (top level or nested), a
 * misspelling with one close match, or a deprecated node label. Renames the key only.
 */
export const renameKeyFix: Fix = {
  codes: [
    'snake-case-key',
    'nested-snake-case',
    'unknown-key',
    'pruned-key',
    'unknown-field',
    'deprecated-node-label',
  ],
  kind: 'safe',
  choices({ issue }) {
    const suggestion = issue.data?.['suggestion'];
    if (typeof suggestion !== 'string' || lastKey(issue.path) === '') return [];
    return [edits(`Rename to ${suggestion}`, [{ op: 'renameKey', path: issue.path, newKey: suggestion }])];
  },
};
