/** Plain-language pieces of the scheduling summary: label tests, node terms, label selectors. */

/** A plain mapping, or undefined. */
export function asMap(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/** A list, or []. */
export function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function strings(value: unknown): string[] {
  return asList(value).map((v) => String(v));
}

/** `a`, `a or b`, `a, b or c`. */
export function orList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1] ?? ''}`;
}

/** Node labels with a word for them: `in zone a or b`, `named node-1`. */
const NAMED_LABELS: Readonly<Record<string, string>> = {
  'topology.kubernetes.io/zone': 'zone',
  'failure-domain.beta.kubernetes.io/zone': 'zone',
  'topology.kubernetes.io/region': 'region',
  'failure-domain.beta.kubernetes.io/region': 'region',
};

/** One expression of a node selector term or a label selector, e.g. `with disktype=ssd`. */
export function describeRequirement(expr: unknown, node: boolean): string | null {
  const map = asMap(expr);
  const key = map?.['key'];
  if (!map || typeof key !== 'string' || key === '') return null;
  const values = strings(map['values']);
  const word = node ? NAMED_LABELS[key] : undefined;
  switch (map['operator']) {
    case 'In':
      if (word) return `in ${word} ${orList(values)}`;
      if (node && key === 'kubernetes.io/hostname') return `named ${orList(values)}`;
      return values.length === 1 ? `with ${key}=${values[0] ?? ''}` : `with ${key} ${orList(values)}`;
    case 'NotIn':
      if (word) return `outside ${word} ${orList(values)}`;
      return values.length === 1 ? `without ${key}=${values[0] ?? ''}` : `with ${key} not ${orList(values)}`;
    case 'Exists':
      return `with a ${key} label`;
    case 'DoesNotExist':
      return `without a ${key} label`;
    case 'Gt':
      return `with ${key} above ${values[0] ?? '?'}`;
    case 'Lt':
      return `with ${key} below ${values[0] ?? '?'}`;
    default:
      return null;
  }
}

/** A node selector term: its expressions and field tests joined with "and"; null when it tests nothing. */
export function describeNodeTerm(term: unknown): string | null {
  const map = asMap(term);
  const parts = asList(map?.['matchExpressions'])
    .map((e) => describeRequirement(e, true))
    .filter((p): p is string => p !== null);
  for (const field of asList(map?.['matchFields'])) {
    const f = asMap(field);
    const names = orList(strings(f?.['values']));
    if (f?.['key'] !== 'metadata.name' || !names) continue;
    if (f['operator'] === 'In') parts.push(`named ${names}`);
    if (f['operator'] === 'NotIn') parts.push(`not named ${names}`);
  }
  return parts.length > 0 ? parts.join(' and ') : null;
}

/** A label selector: `app=trainer and tier in (a, b)`; `any pod` for {}; null when absent. */
export function describeSelector(selector: unknown): string | null {
  const map = asMap(selector);
  if (!map) return null;
  const parts = Object.entries(asMap(map['matchLabels']) ?? {}).map(([k, v]) => `${k}=${String(v)}`);
  for (const expr of asList(map['matchExpressions'])) {
    const text = describeRequirement(expr, false);
    if (text) parts.push(text.replace(/^with /, ''));
  }
  return parts.length > 0 ? parts.join(' and ') : null;
}
