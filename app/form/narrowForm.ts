import type { Issue } from '../../src/index';
import { form, formatPath } from '../../src/index';
import type { FormApi } from './FormContext';

/**
 * The form's API as one panel sees it: the section holding only the panel's own fields (read the
 * way `form.field` reads them, so a snake_case spelling counts) and only the issues under them.
 * Everything else is the form's. When nothing the panel sees changed, `prev` itself comes back:
 * with the section's unchanged parts keeping their identity (`shareStructure`), a keystroke in one
 * panel re-renders that panel only, and a new check result only the panels whose issues changed.
 */
export function narrowForm(api: FormApi, fields: readonly string[], prev: FormApi | null): FormApi {
  const value = isRecord(api.root.value) ? api.root.value : {};
  const picked: Record<string, unknown> = {};
  for (const name of fields) {
    const key = form.keyIn(value, name);
    if (Object.prototype.hasOwnProperty.call(value, key))
      Object.defineProperty(picked, key, { value: value[key], enumerable: true, writable: true });
  }
  const bases = [...new Set([...fields, ...Object.keys(picked)])].map((key) =>
    formatPath([...api.root.path, key]),
  );
  const issues = issuesUnder(api.issuesByPath, bases);
  if (!prev) return { ...api, root: form.view(api.root.path, picked), issuesByPath: issues };

  const sameRoot =
    formatPath(prev.root.path) === formatPath(api.root.path) && sameEntries(prev.root.value, picked);
  const sameIssues = sameIssueMaps(prev.issuesByPath, issues);
  const sameRest =
    prev.kind === api.kind &&
    prev.readOnly === api.readOnly &&
    prev.edit === api.edit &&
    prev.fixable === api.fixable &&
    prev.getFixes === api.getFixes &&
    prev.applyFix === api.applyFix;
  if (sameRoot && sameIssues && sameRest) return prev;
  return {
    ...api,
    root: sameRoot ? prev.root : form.view(api.root.path, picked),
    issuesByPath: sameIssues ? prev.issuesByPath : issues,
  };
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Same keys in the same order, each with the identical value. */
function sameEntries(a: unknown, b: Readonly<Record<string, unknown>>): boolean {
  if (!isRecord(a)) return false;
  const ak = Object.keys(a);
  const bk = Object.keys(b);
  return ak.length === bk.length && bk.every((k, i) => k === ak[i] && a[k] === b[k]);
}

/** The entries of `byPath` at one of `bases` or under it. */
function issuesUnder(
  byPath: ReadonlyMap<string, readonly Issue[]>,
  bases: readonly string[],
): Map<string, readonly Issue[]> {
  const out = new Map<string, readonly Issue[]>();
  for (const [key, list] of byPath) {
    if (bases.some((b) => key === b || key.startsWith(`${b}.`) || key.startsWith(`${b}[`)))
      out.set(key, list);
  }
  return out;
}

/** Whether two issue indexes say the same (issues are new objects with every check result). */
function sameIssueMaps(
  a: ReadonlyMap<string, readonly Issue[]>,
  b: ReadonlyMap<string, readonly Issue[]>,
): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  for (const [key, list] of b) {
    const other = a.get(key);
    if (!other || other.length !== list.length) return false;
    for (let i = 0; i < list.length; i++) {
      if (other[i] !== list[i] && JSON.stringify(other[i]) !== JSON.stringify(list[i])) return false;
    }
  }
  return true;
}
