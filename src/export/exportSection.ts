import { checkText, type DetectedSection } from '../judge/check';
import type { Issue } from '../issues/issue';
import { formatPath, isPrefix, parsePath } from '../path/path';
import type { KindChoice } from '../read/detect';
import { toJson } from './json';
import { toPython } from './python';
import { sectionYaml } from './yaml';

export type ExportFormat = 'yaml' | 'json' | 'python';

export interface ExportOptions {
  readonly to: ExportFormat;
  /** The section's path as `formatPath` writes it; default: the only or first section. */
  readonly section?: string;
  readonly kind?: KindChoice;
  /** For yaml: keep the `environment:` / `cleaner:` key around the section. @default true */
  readonly wrapper?: boolean;
  /** The document the section is in, for multi-document texts; default: any. */
  readonly doc?: number;
  /**
   * Export a section that has errors as long as it can be read (it parses and is a mapping);
   * its errors come back in `issues`. The CLI leaves this off: it refuses such sections.
   * @default false
   */
  readonly allowErrors?: boolean;
}

export type ExportResult =
  | {
      readonly ok: true;
      readonly text: string;
      readonly section: DetectedSection;
      readonly others: DetectedSection[];
      /** The section's errors (Polyaxon or Kubernetes would reject it); empty unless `allowErrors`. */
      readonly issues: Issue[];
    }
  | { readonly ok: false; readonly error: string; readonly issues: Issue[] };

/**
 * Exports one section of a text, refusing sections that Polyaxon or Kubernetes would reject
 * (unless `allowErrors`; a section that cannot be read is refused either way).
 */
export function exportSection(text: string, options: ExportOptions): ExportResult {
  const result = checkText(text, { kind: options.kind ?? 'auto' });
  const candidates = result.sections.filter((s) => s.kind !== 'podSpec');
  if (candidates.length === 0) {
    const why = result.sections.length
      ? 'it holds a Kubernetes pod spec; export works on Polyaxon environment and cleaner sections'
      : `no environment or cleaner section found (the text is ${result.detected.description})`;
    return { ok: false, error: why, issues: result.issues.filter((i) => i.severity === 'error') };
  }
  const inDoc = (s: DetectedSection): boolean => options.doc === undefined || s.doc === options.doc;
  let section = candidates.find(inDoc);
  if (options.section !== undefined) {
    const wanted = parsePath(options.section);
    section = wanted
      ? candidates.find((s) => inDoc(s) && formatPath(s.path) === formatPath(wanted))
      : undefined;
    if (!section) {
      return {
        ok: false,
        error: `no section at ${options.section}; sections: ${candidates.map((s) => formatPath(s.path) || '(bare)').join(', ')}`,
        issues: [],
      };
    }
  }
  if (!section) return { ok: false, error: 'no section', issues: [] };
  const picked = section;
  const blocking = result.issues.filter(
    (i) =>
      i.severity === 'error' &&
      i.doc === picked.doc &&
      (i.source === 'yaml' || isPrefix(picked.path, i.path)),
  );
  const name = formatPath(picked.path) || picked.kind;
  if (picked.value === null) {
    const error = options.allowErrors
      ? unreadable(name, picked, blocking)
      : `${name} has errors; fix them first`;
    return { ok: false, error, issues: blocking };
  }
  if (blocking.length > 0 && !options.allowErrors) {
    return { ok: false, error: `${name} has errors; fix them first`, issues: blocking };
  }
  const done = { section: picked, others: candidates.filter((s) => s !== picked), issues: blocking };
  const value = picked.value as Record<string, unknown>;
  const kind = picked.kind === 'cleaner' ? 'cleaner' : 'environment';
  if (options.to === 'json') return { ok: true, text: toJson(value), ...done };
  if (options.to === 'python') return { ok: true, text: toPython(kind, value), ...done };
  const yaml = yamlOf(text, picked, kind, options.wrapper ?? true);
  if (yaml === null) return { ok: false, error: 'could not cut the section out of the text', issues: [] };
  return { ok: true, text: yaml, ...done };
}

/** Why a section cannot be read at all: its syntax error, or why it is not a mapping. */
function unreadable(name: string, section: DetectedSection, blocking: readonly Issue[]): string {
  const cause =
    blocking.find((i) => i.source === 'yaml') ??
    blocking.find((i) => formatPath(i.path) === formatPath(section.path)) ??
    blocking[0];
  if (!cause) return `${name} cannot be read`;
  return `${name} cannot be read: line ${cause.range.start.line}: ${cause.message}`;
}

function yamlOf(text: string, section: DetectedSection, kind: string, wrapper: boolean): string | null {
  if (section.path.length > 0) return sectionYaml(text, section.path, { wrapper, doc: section.doc });
  const body = sectionYaml(text, [], { wrapper: false, doc: section.doc });
  if (body === null || !wrapper) return body;
  const indented = body
    .split('\n')
    .map((line) => (line.trim() === '' ? line : `  ${line}`))
    .join('\n');
  return `${kind}:\n${indented}`;
}
