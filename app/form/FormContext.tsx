import { createContext, useContext, useMemo } from 'react';
import type { Edit, FieldDoc, FixOption, Issue, Path, form } from '../../src/index';
import { fieldDoc, formatPath } from '../../src/index';

export type FormKind = 'environment' | 'cleaner';

/** What every panel and control of the section form needs. */
export interface FormApi {
  /** The section as written, at its path from the document root. */
  readonly root: form.View;
  readonly kind: FormKind;
  /** True while the YAML does not parse: the form shows the last good state and takes no input. */
  readonly readOnly: boolean;
  /** Issues of the document by formatted path. */
  readonly issuesByPath: ReadonlyMap<string, readonly Issue[]>;
  /** Applies core edits to the document (one undo step). */
  readonly edit: (edits: readonly Edit[]) => void;
  /** Issue codes the core can fix, the fixes of one issue, and how to apply one (one undo step). */
  readonly fixable: ReadonlySet<string>;
  /** The fixes of one issue: the fix catalogue loads on first use. */
  readonly getFixes: (issue: Issue) => Promise<FixOption[]>;
  readonly applyFix: (fix: FixOption) => void;
}

const FormContext = createContext<FormApi | null>(null);

export const FormProvider = FormContext.Provider;

/** The form's API where there is one (IssueList is also usable outside a form). */
export function useOptionalForm(): FormApi | null {
  return useContext(FormContext);
}

export function useForm(): FormApi {
  const api = useContext(FormContext);
  if (!api) throw new Error('useForm outside a FormProvider');
  return api;
}

/** Groups issues by their formatted path. */
export function indexIssues(issues: readonly Issue[]): Map<string, Issue[]> {
  const out = new Map<string, Issue[]>();
  for (const issue of issues) {
    const key = formatPath(issue.path);
    const list = out.get(key);
    if (list) list.push(issue);
    else out.set(key, [issue]);
  }
  return out;
}

/** Issues exactly at a path (or, with `deep`, anywhere under it). */
export function useIssuesAt(path: Path, deep = false): readonly Issue[] {
  const { issuesByPath } = useForm();
  const key = formatPath(path);
  return useMemo(() => {
    if (!deep) return issuesByPath.get(key) ?? [];
    const out: Issue[] = [];
    for (const [p, list] of issuesByPath) {
      if (p === key || (key !== '' && (p.startsWith(`${key}.`) || p.startsWith(`${key}[`))))
        out.push(...list);
      if (key === '') out.push(...list);
    }
    return out;
  }, [issuesByPath, key, deep]);
}

/** The help of the field at `path` (from the core's schemas), matched on the documented names. */
export function useFieldDoc(path: Path): FieldDoc | undefined {
  const { root, kind } = useForm();
  return useMemo(() => {
    const rel = path.slice(root.path.length).map((seg) => (typeof seg === 'number' ? 0 : seg));
    return fieldDoc(kind, rel);
  }, [kind, path, root.path.length]);
}
