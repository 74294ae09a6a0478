import { edits } from '../nodes';
import type { Fix } from '../types';

/** `noschedule` → `NoSchedule`: the allowed value the checker suggests (case, or a close spelling). */
export const enumValueFix: Fix = {
  codes: ['invalid-enum'],
  kind: 'safe',
  choices({ issue }) {
    const suggestion = issue.data?.['suggestion'];
    if (typeof suggestion !== 'string') return [];
    return [edits(`Change to ${suggestion}`, [{ op: 'set', path: issue.path, value: suggestion }])];
  },
};
