/**
 * The Python snippet export: a `V1Environment(...)` / `V1PolyaxonCleaner(...)` call whose
 * `to_dict()` equals the section (see README.md in this folder for why plain dicts with
 * camelCase keys give that), formatted as black (default settings) formats it.
 */
import { joinTokens, pushValue, splitLine, textWidth, type PyToken } from './blackLines';
import { pythonString } from './pyLiteral';

/** The two sections this module writes. */
export type PythonSectionKind = 'environment' | 'cleaner';

/** Black's default line length. */
export const BLACK_LINE_LENGTH = 88;

/** The Polyaxon class of each section, importable from `polyaxon.schemas` (2.0.1 and later). */
export const PYTHON_CLASS: Readonly<Record<PythonSectionKind, string>> = {
  environment: 'V1Environment',
  cleaner: 'V1PolyaxonCleaner',
};

/** camelCase alias (the `to_dict()` key) → Python field name, V1Environment. */
const ENVIRONMENT_FIELDS: ReadonlyMap<string, string> = new Map([
  ['labels', 'labels'],
  ['annotations', 'annotations'],
  ['nodeSelector', 'node_selector'],
  ['affinity', 'affinity'],
  ['tolerations', 'tolerations'],
  ['nodeName', 'node_name'],
  ['serviceAccountName', 'service_account_name'],
  ['hostAliases', 'host_aliases'],
  ['securityContext', 'security_context'],
  ['imagePullSecrets', 'image_pull_secrets'],
  ['hostNetwork', 'host_network'],
  ['hostPID', 'host_pid'],
  ['dnsPolicy', 'dns_policy'],
  ['dnsConfig', 'dns_config'],
  ['schedulerName', 'scheduler_name'],
  ['priorityClassName', 'priority_class_name'],
  ['priority', 'priority'],
  ['restartPolicy', 'restart_policy'],
]);

/** camelCase alias → Python field name, V1PolyaxonCleaner (fields of BaseServiceConfig). */
const CLEANER_FIELDS: ReadonlyMap<string, string> = new Map([
  ['image', 'image'],
  ['imageTag', 'image_tag'],
  ['imagePullPolicy', 'image_pull_policy'],
  ['resources', 'resources'],
  ['nodeSelector', 'node_selector'],
  ['affinity', 'affinity'],
  ['tolerations', 'tolerations'],
  ['imagePullSecrets', 'image_pull_secrets'],
  ['hpa', 'hpa'],
]);

const FIELDS: Readonly<Record<PythonSectionKind, ReadonlyMap<string, string>>> = {
  environment: ENVIRONMENT_FIELDS,
  cleaner: CLEANER_FIELDS,
};

/** The `to_dict()` keys of a section, in the order the model declares its fields. */
export function sectionKeys(kind: PythonSectionKind): string[] {
  return [...FIELDS[kind].keys()];
}

/**
 * The keyword that sets `key` in the section's constructor: the Python field name for a
 * camelCase alias (`hostPID` → `host_pid`) or for the field name itself; null when the
 * model has no such field.
 */
export function pythonKeyword(kind: PythonSectionKind, key: string): string | null {
  const fields = FIELDS[kind];
  const byAlias = fields.get(key);
  if (byAlias !== undefined) return byAlias;
  for (const name of fields.values()) if (name === key) return name;
  return null;
}

/**
 * `target = callee(name=value, ...)` as black formats it: on one line when it fits,
 * otherwise the arguments one level in (on one line if they fit, else one per line with
 * a trailing comma), with nested lists and dicts split by the same rules.
 */
export function formatPythonCall(
  target: string,
  callee: string,
  args: readonly (readonly [string, unknown])[],
  lineLength: number = BLACK_LINE_LENGTH,
): string[] {
  const tokens: PyToken[] = [];
  args.forEach(([name, value], i) => {
    if (i > 0) tokens.push({ kind: 'comma', text: ',' });
    tokens.push({ kind: 'atom', text: name }, { kind: 'eq', text: '=' });
    pushValue(tokens, value);
  });
  const head = `${target} = ${callee}(`;
  const flat = `${head}${joinTokens(tokens)})`;
  if (textWidth(flat) <= lineLength) return [flat];
  const body: string[] = [];
  splitLine({ tokens, depth: 1, inside: true, explode: false }, lineLength, body);
  return [head, ...body, ')'];
}

/**
 * A complete Python snippet that builds the section with Polyaxon's own class.
 * `value` is the section as `to_dict()` returns it (camelCase keys); keys the class does
 * not have are left out and named in a comment above the call.
 */
export function toPython(kind: PythonSectionKind, value: Record<string, unknown>): string {
  const cls = PYTHON_CLASS[kind];
  const args: [string, unknown][] = [];
  const skipped: string[] = [];
  for (const [key, item] of Object.entries(value)) {
    if (item === undefined) continue;
    const keyword = pythonKeyword(kind, key);
    if (keyword === null) skipped.push(pythonString(key));
    else args.push([keyword, item]);
  }
  const lines = [`from polyaxon.schemas import ${cls}`, ''];
  if (skipped.length > 0) lines.push(`# Left out, not fields of ${cls}: ${skipped.join(', ')}`);
  lines.push(...formatPythonCall(kind, cls, args));
  return `${lines.join('\n')}\n`;
}
