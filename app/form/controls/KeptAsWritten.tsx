import { formatPath, form as core } from '../../../src/index';
import { useForm, useIssuesAt, type FormKind } from '../FormContext';
import { IssueList } from './IssueList';

/** What a group shows when the YAML holds something other than a mapping there. */
export function NotAMappingNote({ at }: { readonly at: core.View }) {
  return (
    <p className="text-xs text-amber-700 dark:text-amber-400" data-note-path={formatPath(at.path)}>
      {`This is written as ${Array.isArray(at.value) ? 'a list' : `"${core.scalarText(at.value)}"`}, not a ` +
        'mapping of fields, so the form cannot show it; it is kept as written. Edit it in the YAML.'}
    </p>
  );
}

/** Kept keys of one section, grouped by the formatted path of the mapping holding them. */
type KeptGroups = ReadonlyMap<string, readonly core.KeptKey[]>;

const NO_KEYS: readonly core.KeptKey[] = [];

/** The core's kept keys, computed once per snapshot (the section value is a new object on each change). */
const groupsBySection = new WeakMap<object, { readonly tag: string; readonly groups: KeptGroups }>();

function keptGroups(kind: FormKind, root: core.View): KeptGroups {
  const section = root.value;
  if (section === null || typeof section !== 'object') return new Map();
  const tag = `${kind} ${formatPath(root.path)}`;
  const cached = groupsBySection.get(section);
  if (cached?.tag === tag) return cached.groups;
  const groups = new Map<string, core.KeptKey[]>();
  for (const kept of core.keptKeys(kind, root)) {
    const parent = formatPath(kept.path.slice(0, -1));
    const list = groups.get(parent);
    if (list) list.push(kept);
    else groups.set(parent, [kept]);
  }
  groupsBySection.set(section, { tag, groups });
  return groups;
}

/** The keys of the mapping at `at` that the form has no control for (the core's `keptKeys`). */
function useKeptKeysIn(at: core.View): readonly core.KeptKey[] {
  const { root, kind } = useForm();
  return keptGroups(kind, root).get(formatPath(at.path)) ?? NO_KEYS;
}

/**
 * Keys of the mapping at `at` (a row, a group, an object of the form) that the form has no control
 * for: listed next to it, each with its full path in `data-other-key` and the core's issues about
 * it. They stay in the YAML untouched.
 */
export function KeptKeysList({ at }: { readonly at: core.View }) {
  const keys = useKeptKeysIn(at);
  if (keys.length === 0) return null;
  return (
    <div className="flex flex-col gap-1 text-xs" data-kept-keys={formatPath(at.path)}>
      <p className="text-slate-600 dark:text-slate-400">
        {keys.length === 1
          ? 'The form has no control for this key; it stays in the YAML untouched (edit it there):'
          : 'The form has no control for these keys; they stay in the YAML untouched (edit them there):'}
      </p>
      <ul className="flex flex-col gap-1">
        {keys.map((kept) => (
          <KeptKey key={kept.key} kept={kept} />
        ))}
      </ul>
    </div>
  );
}

const MAX_PREVIEW = 60;

/** A kept value in one short line: scalars as written, lists and mappings as JSON, cut when long. */
function preview(value: unknown): string {
  const text = core.scalarText(value);
  return text.length > MAX_PREVIEW ? `${text.slice(0, MAX_PREVIEW - 1)}…` : text;
}

const REASON: Readonly<Record<core.KeptKeyReason, (field: string) => string>> = {
  unknown: () => '',
  spelling: (field) => ` (a spelling of ${field} the form does not read)`,
  'no-control': (field) => ` (the form has no control for ${field})`,
};

function KeptKey({ kept }: { readonly kept: core.KeptKey }) {
  const path = formatPath(kept.path);
  const issues = useIssuesAt(kept.path, true);
  return (
    <li data-kept-path={path} className="flex flex-col gap-0.5">
      <span className="break-all">
        <code data-other-key={path} className="rounded bg-slate-100 px-1 font-mono dark:bg-slate-800">
          {kept.key}
        </code>
        <code className="font-mono">{`: ${preview(kept.value)}`}</code>
        <span className="text-slate-500 dark:text-slate-400">{REASON[kept.reason](kept.field ?? '')}</span>
      </span>
      <IssueList issues={issues} />
    </li>
  );
}
