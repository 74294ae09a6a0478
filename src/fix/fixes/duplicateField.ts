import { isMap, isScalar } from 'yaml';
import { toSnakeCase } from '../../px/snakeCase';
import { edits, lastKey, nodeAt, parentOf } from '../nodes';
import type { Fix } from '../types';

/** One field under both its camelCase and snake_case names: keep one of them. */
export const duplicateFieldFix: Fix = {
  codes: ['duplicate-field'],
  kind: 'suggestion',
  choices(ctx) {
    const { issue } = ctx;
    const key = lastKey(issue.path);
    const parent = parentOf(issue.path);
    const { node } = nodeAt(ctx, parent);
    if (!key || !isMap(node)) return [];
    const other = node.items
      .map((p) => (isScalar(p.key) && typeof p.key.value === 'string' ? p.key.value : null))
      .find((k) => k !== null && k !== key && toSnakeCase(k) === toSnakeCase(key));
    if (!other) return [];
    return [
      edits(`Keep ${other} (remove ${key})`, [{ op: 'remove', path: issue.path }]),
      edits(`Keep ${key} (remove ${other})`, [{ op: 'remove', path: [...parent, other] }]),
    ];
  },
};
