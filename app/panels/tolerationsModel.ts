import { form as core } from '../../src/index';

/** The operators and effects the tolerations table offers (the core's schema has the same). */
export const TOLERATION_OPERATORS = ['Equal', 'Exists'] as const;
export const TAINT_EFFECTS = ['NoSchedule', 'PreferNoSchedule', 'NoExecute'] as const;

/** One toleration as the table reads it: absent fields are ''; seconds as written. */
export interface TolerationFields {
  readonly key: string;
  readonly operator: string;
  readonly value: string;
  readonly effect: string;
  readonly seconds: unknown;
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function textOf(record: Readonly<Record<string, unknown>>, name: string): string {
  return core.scalarText(record[core.keyIn(record, name)]);
}

/** The fields of a toleration, or null when the item is not a mapping. */
export function readToleration(value: unknown): TolerationFields | null {
  if (!isRecord(value)) return null;
  return {
    key: textOf(value, 'key'),
    operator: textOf(value, 'operator'),
    value: textOf(value, 'value'),
    effect: textOf(value, 'effect'),
    seconds: value[core.keyIn(value, 'tolerationSeconds')],
  };
}

/** No key and operator Exists: the toleration matches every taint (of its effect, if it has one). */
export function matchesEveryTaint(t: TolerationFields): boolean {
  return t.key === '' && t.operator === 'Exists';
}

/** What the value cell does: edited, disabled because Exists takes none, or shown so it can be removed. */
export function valueCellState(t: TolerationFields): 'edit' | 'not-used' | 'remove' {
  if (t.operator !== 'Exists') return 'edit';
  return t.value === '' ? 'not-used' : 'remove';
}

/** What the tolerationSeconds cell does: offered with NoExecute, else hidden or shown so it can be removed. */
export function secondsCellState(t: TolerationFields): 'edit' | 'hidden' | 'remove' {
  if (t.effect === 'NoExecute') return 'edit';
  return t.seconds === undefined || t.seconds === null ? 'hidden' : 'remove';
}

/** A plain-language line saying what one toleration lets the pod do. */
export function describeToleration(t: TolerationFields): string {
  const effect = t.effect === '' ? '' : ` ${t.effect}`;
  let what: string;
  if (matchesEveryTaint(t)) what = `every${effect} taint, whatever its key and value`;
  else if (t.key === '') what = `taints without a key (operator ${t.operator || 'Equal'} needs a key)`;
  else if (t.operator === 'Exists') what = `${t.key} taints with any value`;
  else if (t.operator === '' || t.operator === 'Equal')
    what = t.value === '' ? `${t.key} taints with an empty value` : `${t.key}=${t.value} taints`;
  else what = `${t.key} taints (operator ${t.operator} as written)`;
  const effects = t.effect === '' ? ', all effects' : matchesEveryTaint(t) ? '' : `, effect${effect}`;
  let stay = '';
  if (t.effect === 'NoExecute') {
    const s = t.seconds;
    stay =
      typeof s === 'number'
        ? `; leaves ${s} s after such a taint appears`
        : s === undefined || s === null
          ? '; stays for good'
          : '';
  }
  return `Tolerates ${what}${effects}${stay}`;
}

export interface TolerationPreset {
  readonly id: string;
  readonly label: string;
  /** The toleration written, keys in the usual order. */
  readonly toleration: Readonly<Record<string, string | number>>;
  /** Matches every taint: shown with a warning tone. */
  readonly broad?: boolean;
}

/** Common tolerations, one click each. */
export const TOLERATION_PRESETS: readonly TolerationPreset[] = [
  {
    id: 'gpu',
    label: 'GPU nodes',
    toleration: { key: 'nvidia.com/gpu', operator: 'Exists', effect: 'NoSchedule' },
  },
  {
    id: 'gke-spot',
    label: 'Spot VMs (GKE)',
    toleration: { key: 'cloud.google.com/gke-spot', operator: 'Equal', value: 'true', effect: 'NoSchedule' },
  },
  {
    id: 'gke-preemptible',
    label: 'Preemptible VMs (GKE)',
    toleration: {
      key: 'cloud.google.com/gke-preemptible',
      operator: 'Equal',
      value: 'true',
      effect: 'NoSchedule',
    },
  },
  {
    id: 'aks-spot',
    label: 'Spot nodes (AKS)',
    toleration: {
      key: 'kubernetes.azure.com/scalesetpriority',
      operator: 'Equal',
      value: 'spot',
      effect: 'NoSchedule',
    },
  },
  {
    id: 'control-plane',
    label: 'Control-plane nodes',
    toleration: { key: 'node-role.kubernetes.io/control-plane', operator: 'Exists', effect: 'NoSchedule' },
  },
  {
    id: 'not-ready-60',
    label: 'Leave a not-ready node after 60 s',
    toleration: {
      key: 'node.kubernetes.io/not-ready',
      operator: 'Exists',
      effect: 'NoExecute',
      tolerationSeconds: 60,
    },
  },
  { id: 'everything', label: 'Every taint', toleration: { operator: 'Exists' }, broad: true },
];

/** A preset as `key=value:Effect` text, for its tooltip. */
export function presetText(p: TolerationPreset): string {
  const t = p.toleration;
  const key = t['key'] === undefined ? '(any key)' : String(t['key']);
  const value = t['value'] === undefined ? '' : `=${String(t['value'])}`;
  const effect = t['effect'] === undefined ? ' (all effects)' : `:${String(t['effect'])}`;
  const op = t['operator'] === 'Exists' ? ' Exists' : '';
  const seconds = t['tolerationSeconds'] === undefined ? '' : `, ${String(t['tolerationSeconds'])} s`;
  return `${key}${value}${op}${effect}${seconds}`;
}

/** Whether a toleration already says exactly what a preset would add. */
export function isPreset(t: TolerationFields, p: TolerationPreset): boolean {
  const want = p.toleration;
  const text = (name: string): string => (want[name] === undefined ? '' : String(want[name]));
  const seconds = want['tolerationSeconds'];
  const operator = (o: string): string => (o === '' ? 'Equal' : o);
  return (
    t.key === text('key') &&
    operator(t.operator) === operator(text('operator')) &&
    t.value === text('value') &&
    t.effect === text('effect') &&
    (seconds === undefined ? t.seconds === undefined || t.seconds === null : t.seconds === seconds)
  );
}
