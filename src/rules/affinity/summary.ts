import { asList, asMap, describeNodeTerm, describeSelector } from './summaryText';

function weightOf(term: Record<string, unknown> | undefined): string {
  const weight = term?.['weight'];
  return typeof weight === 'number' ? `(weight ${weight}) ` : '';
}

function nodeSelectorLines(value: Record<string, unknown>): string[] {
  const selector = Object.entries(asMap(value['nodeSelector']) ?? {});
  if (selector.length === 0) return [];
  return [`must run on nodes with ${selector.map(([k, v]) => `${k}=${String(v)}`).join(' and ')}`];
}

function nodeAffinityLines(nodeAffinity: Record<string, unknown> | undefined): string[] {
  const lines: string[] = [];
  const required = asMap(nodeAffinity?.['requiredDuringSchedulingIgnoredDuringExecution']);
  const terms = asList(required?.['nodeSelectorTerms']).map(describeNodeTerm);
  const real = terms.filter((t): t is string => t !== null);
  if (terms.length > 0 && real.length === 0) {
    lines.push('cannot run on any node: every required node selector term is empty');
  } else if (real.length > 0) {
    lines.push(`must run on nodes ${real.join(', or on nodes ')}`);
  }
  for (const item of asList(nodeAffinity?.['preferredDuringSchedulingIgnoredDuringExecution'])) {
    const term = asMap(item);
    const text = describeNodeTerm(term?.['preference']);
    if (text) lines.push(`prefers ${weightOf(term)}nodes ${text}`);
  }
  return lines;
}

/** `nodes that already run pods with app=db (per kubernetes.io/hostname)`. */
function describePodTerm(term: unknown): string | null {
  const map = asMap(term);
  if (!map) return null;
  const selector = map['labelSelector'];
  const pods =
    selector === undefined || selector === null
      ? 'no pods (no labelSelector)'
      : (describeSelector(selector) ?? 'any pods');
  const namespaces = asList(map['namespaces']).map(String);
  const byLabels = describeSelector(map['namespaceSelector']);
  let where = '';
  if (namespaces.length > 0) where = ` in namespace ${namespaces.join(', ')}`;
  else if (byLabels) where = ` in namespaces with ${byLabels}`;
  else if (asMap(map['namespaceSelector'])) where = ' in any namespace';
  const shown = pods.startsWith('no pods') || pods === 'any pods' ? pods : `pods with ${pods}`;
  const topology =
    typeof map['topologyKey'] === 'string' && map['topologyKey'] ? ` (per ${map['topologyKey']})` : '';
  return `nodes that already run ${shown}${where}${topology}`;
}

function podAffinityLines(affinity: Record<string, unknown> | undefined, anti: boolean): string[] {
  const lines: string[] = [];
  for (const term of asList(affinity?.['requiredDuringSchedulingIgnoredDuringExecution'])) {
    const text = describePodTerm(term);
    if (text) lines.push(`${anti ? 'avoids' : 'must run on'} ${text}`);
  }
  for (const item of asList(affinity?.['preferredDuringSchedulingIgnoredDuringExecution'])) {
    const weighted = asMap(item);
    const text = describePodTerm(weighted?.['podAffinityTerm']);
    if (text) lines.push(`prefers ${weightOf(weighted)}${anti ? 'to avoid ' : ''}${text}`);
  }
  return lines;
}

function describeToleration(item: unknown): string | null {
  const t = asMap(item);
  if (!t) return null;
  const key = typeof t['key'] === 'string' ? t['key'] : '';
  const effect = typeof t['effect'] === 'string' ? t['effect'] : '';
  const seconds = typeof t['tolerationSeconds'] === 'number' ? ` for ${t['tolerationSeconds']}s` : '';
  if (key === '')
    return t['operator'] === 'Exists' ? `tolerates every ${effect ? `${effect} ` : ''}taint${seconds}` : null;
  const value =
    t['operator'] !== 'Exists' && typeof t['value'] === 'string' && t['value'] ? `=${t['value']}` : '';
  return `tolerates ${key}${value}${effect ? `:${effect}` : ' (any effect)'}${seconds}`;
}

/**
 * A plain-language summary of where a section's pods may run: nodeSelector, node affinity, pod
 * affinity and anti-affinity, and tolerations, one sentence each, e.g. "must run on nodes with
 * disktype=ssd" or "avoids nodes that already run pods with app=trainer (per kubernetes.io/hostname)".
 * Reads a normalized section value (camelCase keys); anything unreadable is skipped.
 */
export function summarizeScheduling(value: unknown): string[] {
  const section = asMap(value);
  if (!section) return [];
  const affinity = asMap(section['affinity']);
  return [
    ...nodeSelectorLines(section),
    ...nodeAffinityLines(asMap(affinity?.['nodeAffinity'])),
    ...podAffinityLines(asMap(affinity?.['podAffinity']), false),
    ...podAffinityLines(asMap(affinity?.['podAntiAffinity']), true),
    ...asList(section['tolerations'])
      .map(describeToleration)
      .filter((t): t is string => t !== null),
  ];
}
