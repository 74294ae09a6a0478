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
export { sectionJsonSchema, documentJsonSchema } from './schema/jsonSchema';
export { fieldDoc } from './schema/sectionDocs';
export type { FieldDoc } from './schema/docs/docNode';
export { fieldDocLinks, type FieldDocLinks } from './schema/docLinks';
export { summarizeScheduling } from './rules/affinity/summary';
export type { PssProfile } from './rules/policy/verdict';
export type { PssFinding, PssLevel } from './rules/policy/finding';
export { POD_DROPPED_SECURITY_FIELDS } from './rules/security/dropped';
export { parseQuantity, quantityToNumber, type Quantity } from './k8s/quantity';
export {
  MAX_DNS_NAMESERVERS,
  MAX_DNS_SEARCH_PATHS,
  MAX_DNS_SEARCH_LIST_CHARS,
  searchListLength,
} from './k8s/dns';
export { fixesFor } from './fix/fixesFor';
export type { FixesForOptions } from './fix/fixesFor';
export { fixAll } from './fix/fixAll';
export type { FixAllOptions, FixAllResult } from './fix/fixAll';
export { fixableCodes } from './fix/registry';
export type { FixKind, FixOption } from './fix/types';
export { importManifest } from './import/fromManifest';
export type { ImportResult, LeftOut } from './import/fromManifest';
export { decodeUtf8 } from './cli/read';
export { diffSplice } from './edit/compose';
export { setParseReuse } from './yaml/sourceCache';
export { ENVIRONMENT_FIELD_NAMES, CLEANER_FIELD_NAMES } from './schema/fieldNames';
export { PRESETS, presetById, presetsFor } from './presets/catalogue';
export type { Preset, PresetKind } from './presets/catalogue';
export { applyPreset } from './presets/applyPreset';
export type { PresetTarget, PresetResult } from './presets/applyPreset';
