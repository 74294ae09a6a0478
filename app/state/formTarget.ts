import type { DetectedSection, Path } from '../../src/index';
import { formatPath } from '../../src/index';
import type { KindChoice } from './options';

/** The section the form edits. */
export interface FormTargetChoice {
  readonly doc: number;
  readonly path: Path;
  readonly kind: 'environment' | 'cleaner';
  /** A stable key for the section picker. */
  readonly key: string;
  readonly label: string;
}

export function targetKey(doc: number, path: Path): string {
  return `${doc}:${formatPath(path)}`;
}

/** Sections the form can edit: environment and cleaner sections (not Kubernetes pod specs). */
export function editableSections(sections: readonly DetectedSection[]): FormTargetChoice[] {
  const out: FormTargetChoice[] = [];
  for (const s of sections) {
    if (s.kind !== 'environment' && s.kind !== 'cleaner') continue;
    const where = s.path.length === 0 ? `(whole document${s.doc > 0 ? ` ${s.doc + 1}` : ''})` : s.label;
    out.push({
      doc: s.doc,
      path: s.path,
      kind: s.kind,
      key: targetKey(s.doc, s.path),
      label: `${s.kind}: ${where}`,
    });
  }
  return out;
}

/**
 * The picked section when it is still there; else the first section of the chosen kind; else a
 * new `environment:` (or `cleaner:`) key in the first document, created by the first form edit.
 */
export function chooseTarget(
  choices: readonly FormTargetChoice[],
  picked: string | null,
  kind: KindChoice,
): FormTargetChoice {
  const byKey = picked === null ? undefined : choices.find((c) => c.key === picked);
  if (byKey) return byKey;
  const wanted = kind === 'auto' ? choices[0] : choices.find((c) => c.kind === kind);
  if (wanted) return wanted;
  const k = kind === 'cleaner' ? 'cleaner' : 'environment';
  return { doc: 0, path: [k], kind: k, key: targetKey(0, [k]), label: `${k} (new)` };
}
