import type { Edit, form } from '../../src/index';
import { form as core } from '../../src/index';

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Sets one field of a list row (a toleration, a DNS option, a host alias). Clearing a field unsets
 * it, except when it is the row's only field: unsetting would remove the whole row under the
 * user's cursor, so a string is written empty and anything else leaves an empty mapping.
 */
export function setRowField(root: form.View, row: form.View, name: string, value: unknown): Edit[] {
  const at = core.field(row, name);
  const clearing = value === undefined || value === '';
  if (!clearing) return core.setValue(root, at.path, value);
  const current = at.value;
  const onlyField = isRecord(row.value) && Object.keys(row.value).length === 1 && current !== undefined;
  if (!onlyField) return core.setValue(root, at.path, undefined);
  if (current === '') return [];
  if (typeof current === 'string') return [{ op: 'set', path: at.path, value: '' }];
  return core.setTree(row.path, {});
}
