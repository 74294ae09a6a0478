import { applyEdits, type EditResult } from '../edit/edit';
import { readSnapshot } from '../form/snapshot';
import { view } from '../form/view';
import type { Issue } from '../issues/issue';
import { checkText } from '../judge/check';
import { MAX_DNS_NAMESERVERS, MAX_DNS_SEARCH_PATHS } from '../k8s/dns';
import { formatPath, type Path } from '../path/path';
import { presetById, type PresetKind } from './catalogue';
import { planMerge } from './merge';

/** The section a preset goes into: a document of the file, the section's path in it, its kind. */
export interface PresetTarget {
  readonly doc: number;
  /** From the document root; [] for a bare section. Created (with missing parents) when absent. */
  readonly path: Path;
  readonly kind: PresetKind;
}

export interface PresetResult {
  /** The edit, as the form's edits are (so one undo step reverts it). */
  readonly result: EditResult;
  /** What the user should know: values kept instead of the preset's, errors the merge leaves. */
  readonly notes: readonly string[];
}

// Lists Kubernetes caps; a preset never pushes them over.
const MAX_ITEMS: Readonly<Record<string, number>> = {
  'dnsConfig.nameservers': MAX_DNS_NAMESERVERS,
  'dnsConfig.searches': MAX_DNS_SEARCH_PATHS,
};

const MAX_ERROR_NOTES = 3;

/**
 * Adds a preset's block to a section without replacing anything the section has: missing keys
 * and sections are created, mappings get their missing keys, list items are appended unless an
 * equal item is there, and values set to something else are kept (and noted). Every byte
 * outside the added nodes stays as it was. Never throws.
 */
export function applyPreset(text: string, target: PresetTarget, presetId: string): PresetResult {
  const preset = presetById(presetId);
  if (!preset) return failed(`There is no preset "${presetId}"`);
  if (preset.kind !== target.kind) {
    return failed(`"${preset.title}" is for ${preset.kind} sections, and this is a ${target.kind} section`);
  }
  const snap = readSnapshot(text, target);
  if (snap.status !== 'ok') {
    return failed(
      `Cannot add "${preset.title}": ${snap.message} (line ${snap.at.line}, column ${snap.at.col})`,
    );
  }
  const plan = planMerge(view(target.path, snap.value), preset.block, { maxItems: MAX_ITEMS });
  const result = applyEdits(text, plan.edits, { doc: target.doc });
  if (!result.ok) return { result, notes: plan.notes };
  const notes = [...plan.notes];
  if (plan.edits.length === 0) {
    notes.push(
      notes.length === 0
        ? `nothing to add: everything "${preset.title}" adds is already there`
        : 'nothing was added',
    );
  } else {
    notes.push(...newErrors(text, result.text, target));
  }
  return { result, notes };
}

function failed(error: string): PresetResult {
  return { result: { ok: false, error }, notes: [] };
}

/** Errors in the section after the merge that were not there before (e.g. requests above limits). */
function newErrors(before: string, after: string, target: PresetTarget): string[] {
  const inSection = (issue: Issue): boolean =>
    issue.severity === 'error' &&
    issue.doc === target.doc &&
    target.path.every((seg, i) => issue.path[i] === seg);
  const keyOf = (issue: Issue): string => `${issue.code} ${formatPath(issue.path)}`;
  const seen = new Map<string, number>();
  for (const issue of checkText(before, { kind: target.kind }).issues.filter(inSection)) {
    seen.set(keyOf(issue), (seen.get(keyOf(issue)) ?? 0) + 1);
  }
  const out: string[] = [];
  for (const issue of checkText(after, { kind: target.kind }).issues.filter(inSection)) {
    const left = seen.get(keyOf(issue)) ?? 0;
    if (left > 0) seen.set(keyOf(issue), left - 1);
    else
      out.push(
        `now an error at ${formatPath(issue.path.slice(target.path.length)) || 'the section'}: ${issue.message}`,
      );
  }
  return out.length > MAX_ERROR_NOTES
    ? [...out.slice(0, MAX_ERROR_NOTES), `and ${out.length - MAX_ERROR_NOTES} more errors`]
    : out;
}
