import { edits, lastKey } from '../nodes';
import type { Fix } from '../types';

/** A label, annotation or node selector without a value: an empty string, or no entry. */
export const nullValueFix: Fix = {
  codes: ['null-value'],
  kind: 'suggestion',
  choices({ issue }) {
    const name = lastKey(issue.path);
    if (!name) return [];
    return [
      edits('Set to ""', [{ op: 'set', path: issue.path, value: '' }]),
      edits(`Remove ${name}`, [{ op: 'remove', path: issue.path }]),
    ];
  },
};
