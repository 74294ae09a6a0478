import { isScalar } from 'yaml';
import { edits, nodeAt } from '../nodes';
import type { Fix } from '../types';

/**
 * A quoted number or boolean where Kubernetes wants the real type (`tolerationSeconds: "30"`,
 * `privileged: "true"`): the same value without quotes.
 */
export const unquoteFix: Fix = {
  codes: ['type-mismatch'],
  kind: 'safe',
  choices(ctx) {
    const { issue } = ctx;
    const expected = issue.data?.['expected'];
    const { node } = nodeAt(ctx, issue.path);
    if (!isScalar(node) || typeof node.value !== 'string' || node.type === 'PLAIN') return [];
    const text = node.value.trim();
    if ((expected === 'an integer' || expected === 'a whole number') && /^-?[0-9]{1,15}$/.test(text)) {
      const value = Number(text);
      return [edits(`Change to ${value} (a number)`, [{ op: 'set', path: issue.path, value }])];
    }
    if (expected === 'true or false' && (text === 'true' || text === 'false')) {
      const value = text === 'true';
      return [edits(`Change to ${text} (a boolean)`, [{ op: 'set', path: issue.path, value }])];
    }
    return [];
  },
};
