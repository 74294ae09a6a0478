/**
 * The one public module of the core. The app and the CLI import from here only.
 */
export type { Issue, Severity, IssueSource, Range, Position } from './issues/issue';
export type { Path, PathSegment } from './path/path';
export { formatPath, parsePath } from './path/path';
export type { SectionKind, PolicyProfile } from './judge/rule';
export { checkText } from './judge/check';
export type { CheckOptions, CheckResult, DetectedSection, Detected } from './judge/check';
export { exportSection } from './export/exportSection';
export type { ExportFormat, ExportOptions, ExportResult } from './export/exportSection';
export { applyEdit, applyEdits } from './edit/edit';
export type { Edit, EditResult, Splice } from './edit/edit';
export * as form from './form/index';
export { fieldDoc, sectionJsonSchema, documentJsonSchema } from './schema/jsonSchema';
export type { FieldDoc } from './schema/introspect';
