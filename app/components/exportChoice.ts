/** What the Export dialog offers: the export of one format and scope, its file name and its preview. */
import type { ExportFormat } from '../../src/index';
import { exportSection, formatPath } from '../../src/index';
import type { FormTargetChoice } from '../state/formTarget';
import type { KindChoice } from '../state/options';

/** For YAML: the whole file, the section with its key (`environment:`), or the section's body. */
export type ExportScope = 'file' | 'section' | 'body';

export interface ExportRequest {
  readonly text: string;
  readonly kind: KindChoice;
  readonly target: FormTargetChoice;
  readonly format: ExportFormat;
  readonly scope: ExportScope;
}

export type ExportOutcome =
  | { readonly ok: true; readonly text: string; readonly fileName: string; readonly mimeType: string }
  | { readonly ok: false; readonly error: string; readonly fileName: string };

const EXTENSION: Readonly<Record<ExportFormat, string>> = { yaml: 'yaml', json: 'json', python: 'py' };
const MIME_TYPE: Readonly<Record<ExportFormat, string>> = {
  yaml: 'application/yaml',
  json: 'application/json',
  python: 'text/x-python',
};

export function exportFileName(target: FormTargetChoice, format: ExportFormat): string {
  return `${target.kind}.${EXTENSION[format]}`;
}

/** The export the dialog shows: the user's text for the whole file, else the core's export of the target. */
export function buildExport({ text, kind, target, format, scope }: ExportRequest): ExportOutcome {
  const fileName = exportFileName(target, format);
  const mimeType = MIME_TYPE[format];
  if (format === 'yaml' && scope === 'file') return { ok: true, text, fileName, mimeType };
  const result = exportSection(text, {
    to: format,
    kind,
    section: formatPath(target.path),
    doc: target.doc,
    wrapper: scope !== 'body',
    allowErrors: true,
  });
  if (!result.ok) return { ok: false, error: `Cannot export: ${result.error}`, fileName };
  return { ok: true, text: result.text, fileName, mimeType };
}

export const PREVIEW_LINES = 40;

/** The first `max` lines of a text, and how many lines are left out. */
export function previewOf(
  text: string,
  max = PREVIEW_LINES,
): { readonly shown: string; readonly more: number } {
  const lines = text.endsWith('\n') ? text.slice(0, -1).split('\n') : text.split('\n');
  if (lines.length <= max) return { shown: lines.join('\n'), more: 0 };
  return { shown: lines.slice(0, max).join('\n'), more: lines.length - max };
}

/** The dialog's warning for a file with errors; null when it has none. */
export function errorsWarning(errorCount: number): string | null {
  if (errorCount === 0) return null;
  const errors = errorCount === 1 ? '1 error' : `${errorCount} errors`;
  return `This file has ${errors}; Polyaxon will reject it as it is.`;
}
