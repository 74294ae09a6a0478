import type { Issue } from '../issues/issue';
import { compareIssues } from '../issues/issue';
import type { Path } from '../path/path';
import { detectDocument, type DocFormat, type KindChoice } from '../read/detect';
import { nodeAtPath } from '../yaml/nodes';
import { parseCached } from '../yaml/sourceCache';
import { rangeAt } from '../yaml/source';
import type { PolicyProfile, SectionKind } from './rule';
import { controlCharIssue, guarded, MAX_TEXT_LENGTH, reportAliasBlowup, tooLarge } from './hostile';
import { judgeSection } from './judgeSection';
import { judgeCached } from './sectionCache';
import { WalkContext } from './walkContext';
import { reportDuplicateKeys, reportSyntax } from './yamlIssues';

export interface CheckOptions {
  /** How to read a bare mapping, and which sections to judge. @default 'auto' */
  readonly kind: KindChoice;
  /** Pod Security Standards profile: its findings become warnings. @default 'none' */
  readonly policy: PolicyProfile;
  /** Longer texts are not read (one `text-too-large` error). @default MAX_TEXT_LENGTH */
  readonly maxLength: number;
}

export interface DetectedSection {
  readonly doc: number;
  readonly path: Path;
  readonly kind: SectionKind;
  readonly label: string;
  readonly runKind?: string;
  /** The section as Polyaxon holds it (camelCase keys, coerced values, nulls dropped); null if unreadable. */
  readonly value: unknown;
}

export interface Detected {
  readonly format: DocFormat | 'multi';
  readonly description: string;
}

export interface CheckResult {
  readonly issues: Issue[];
  readonly detected: Detected;
  readonly sections: DetectedSection[];
}

const DEFAULTS: CheckOptions = { kind: 'auto', policy: 'none', maxLength: MAX_TEXT_LENGTH };

/** Reads, detects and judges a text. Never throws: every problem is an issue. */
export function checkText(text: string, options: Partial<CheckOptions> = {}): CheckResult {
  const opts: CheckOptions = { ...DEFAULTS, ...options };
  if (text.length > opts.maxLength) return tooLarge(text, opts.maxLength);
  const file = parseCached(text);
  const issues: Issue[] = [];
  const sections: DetectedSection[] = [];
  const formats: { format: DocFormat; description: string }[] = [];
  file.docs.forEach((doc, index) => {
    const detection = detectDocument(doc, index, opts.kind);
    formats.push(detection);
    const ctx = new WalkContext(file, index, detection.format === 'manifest' ? 'goyaml2' : 'pyyaml');
    reportSyntax(ctx, doc);
    const readable = doc.errors.length === 0;
    if (readable) {
      reportDuplicateKeys(ctx, doc, detection.format === 'manifest');
      for (const m of detection.misplaced) {
        const { node, keyNode } = nodeAtPath(doc, m.path);
        ctx.emit({
          code: 'environment-misplaced',
          message: m.message,
          path: m.path,
          node,
          keyNode,
          onKey: true,
          ...(m.target ? { data: { target: m.target } } : {}),
        });
      }
    }
    for (const section of detection.sections) {
      const judged = readable && !reportAliasBlowup(ctx, section);
      const value = judged
        ? judgeCached(
            ctx,
            section,
            opts,
            () => guarded(ctx, section, () => judgeSection(ctx, section, opts))?.value ?? null,
          )
        : null;
      sections.push({
        doc: section.doc,
        path: section.path,
        kind: section.kind,
        label: section.label,
        ...(section.runKind ? { runKind: section.runKind } : {}),
        value,
      });
    }
    issues.push(...ctx.issues);
  });
  const binary = controlCharIssue(file);
  if (binary) issues.push(binary);
  const detected = describe(formats);
  if (sections.length === 0 && !issues.some((i) => i.severity === 'error') && detected.format !== 'empty') {
    const start = file.docs[0]?.range[0] ?? 0;
    issues.push({
      severity: 'info',
      code: 'nothing-to-check',
      message: `nothing to check: the text is ${detected.description}`,
      path: [],
      range: rangeAt(file, start, start),
      source: 'yaml',
      doc: 0,
    });
  }
  issues.sort(compareIssues);
  return { issues, detected, sections };
}

function describe(formats: readonly { format: DocFormat; description: string }[]): Detected {
  const real = formats.filter((f) => f.format !== 'empty');
  if (real.length === 0) return { format: 'empty', description: 'empty' };
  if (real.length === 1 && real[0]) return { format: real[0].format, description: real[0].description };
  return {
    format: 'multi',
    description: `${real.length} documents: ${real.map((f) => f.description).join('; ')}`,
  };
}
