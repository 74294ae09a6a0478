import type { SectionKind } from '../judge/rule';
import { toSnakeCase } from '../px/snakeCase';
import { editDistance } from '../judge/suggest';

const SHARED = ['nodeSelector', 'affinity', 'tolerations', 'imagePullSecrets'];
const ENVIRONMENT_ONLY = [
  'labels',
  'annotations',
  'nodeName',
  'serviceAccountName',
  'hostAliases',
  'securityContext',
  'hostNetwork',
  'hostPID',
  'dnsPolicy',
  'dnsConfig',
  'schedulerName',
  'priorityClassName',
  'priority',
  'restartPolicy',
];
const CLEANER_ONLY = ['image', 'imageTag', 'imagePullPolicy', 'resources', 'hpa'];

function fold(key: string): string {
  return toSnakeCase(key).replace(/_/g, '').toLowerCase();
}

function closeTo(key: string, names: readonly string[]): boolean {
  const k = fold(key);
  return names.some((n) => {
    const f = fold(n);
    return f === k || (k.length > 4 && editDistance(k, f) <= 2);
  });
}

/**
 * Guesses whether a mapping's keys make it a bare environment or cleaner section: at least half
 * of its keys must be (close to) field names. Keys only the cleaner has decide for the cleaner.
 */
export function classifyBareMapping(keys: readonly string[]): SectionKind | null {
  if (keys.length === 0) return null;
  let env = 0;
  let cleaner = 0;
  let shared = 0;
  for (const key of keys) {
    if (closeTo(key, CLEANER_ONLY)) cleaner++;
    else if (closeTo(key, ENVIRONMENT_ONLY)) env++;
    else if (closeTo(key, SHARED)) shared++;
  }
  if ((env + cleaner + shared) * 2 < keys.length) return null;
  return cleaner > env ? 'cleaner' : 'environment';
}
