import type { Node } from 'yaml';
import type { Issue } from '../issues/issue';
import type { FoundSection } from '../read/detect';
import { nodeAtPath } from '../yaml/nodes';
import { rangeAt } from '../yaml/source';
import type { CheckOptions } from './check';
import type { WalkContext } from './walkContext';

/**
 * Verdicts on sections already judged, keyed by the section's own text and everything else a
 * verdict depends on (where it is, its kind, the run kind, the dialect, the options). Typing in
 * one section of a long Polyaxon file changes that section's text only: every other section is
 * then taken from here, its issues moved to where its text now is.
 *
 * A section is judged afresh (and not kept) when its verdict could depend on text outside it:
 * it holds an alias or anchor (`*`, `&` anywhere in it), it is a manifest's pod spec (its
 * labels are in the metadata), or an issue it gets points outside its text.
 */

interface Verdict {
  /** The issues, their offsets relative to the section's text. */
  readonly issues: readonly Relative[];
  /** The section's value as Polyaxon holds it (plain data, no YAML nodes kept). */
  readonly value: unknown;
}

interface Relative {
  readonly issue: Omit<Issue, 'range'>;
  readonly from: number;
  readonly to: number;
}

/** At most this many verdicts are kept (a section's text is a few hundred bytes to a few KB). */
const MAX_ENTRIES = 1024;
/** Sections longer than this are judged each time (and their text not kept). */
const MAX_SECTION_CHARS = 64 * 1024;

const verdicts = new Map<string, Verdict>();

/**
 * The value of the section judged by `judge` (which emits into `ctx`), or its verdict from the
 * cache with the same issues emitted at the section's current place.
 */
export function judgeCached(
  ctx: WalkContext,
  section: FoundSection,
  options: CheckOptions,
  judge: () => unknown,
): unknown {
  const region = regionOf(ctx, section);
  if (!region) return judge();
  const key = keyOf(ctx, section, options, region.text);
  const known = verdicts.get(key);
  if (known) {
    verdicts.delete(key);
    verdicts.set(key, known);
    for (const r of known.issues) {
      ctx.issues.push({ ...r.issue, range: rangeAt(ctx.file, region.from + r.from, region.from + r.to) });
    }
    return known.value;
  }
  const before = ctx.issues.length;
  const value = judge();
  const added = ctx.issues.slice(before);
  const inside = added.every(
    (i) => i.range.start.offset >= region.from && i.range.end.offset <= region.from + region.text.length,
  );
  if (inside) {
    const issues = added.map(({ range, ...issue }) => ({
      issue,
      from: range.start.offset - region.from,
      to: range.end.offset - region.from,
    }));
    verdicts.set(key, { issues, value });
    if (verdicts.size > MAX_ENTRIES) verdicts.delete(verdicts.keys().next().value as string);
  }
  return value;
}

/** Forgets every verdict (tests and benchmarks). */
export function clearSectionCache(): void {
  verdicts.clear();
}

// The section's text, from its key (when it has one) to the end of its value.
function regionOf(ctx: WalkContext, section: FoundSection): { from: number; text: string } | null {
  if (section.metadataPath) return null;
  const { node, keyNode } =
    section.path.length === 0
      ? { node: (ctx.doc.contents as Node | null) ?? null, keyNode: null }
      : nodeAtPath(ctx.doc, section.path);
  const start = keyNode?.range?.[0] ?? node?.range?.[0];
  const end = node?.range?.[2];
  if (start === undefined || end === undefined || end - start > MAX_SECTION_CHARS) return null;
  const text = ctx.file.text.slice(start, end);
  if (text.includes('*') || text.includes('&')) return null;
  return { from: start, text };
}

function keyOf(ctx: WalkContext, section: FoundSection, options: CheckOptions, text: string): string {
  // `%YAML 1.1` / `%TAG` directives change how the same text reads.
  const { yaml, tags } = ctx.doc.directives ?? { yaml: null, tags: null };
  const about = [
    ctx.dialect,
    yaml,
    tags,
    options.kind,
    options.policy,
    section.doc,
    section.path,
    section.kind,
    section.label,
    section.runKind ?? null,
    section.replica ?? false,
  ];
  return `${JSON.stringify(about)}\n${text}`;
}
