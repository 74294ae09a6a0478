import { toSnakeCase } from '../px/snakeCase';
import { cleanerDoc } from './docs/cleaner';
import { docAt, textsOf, type DocPathSegment, type FieldDoc } from './docs/docNode';
import { environmentDoc } from './docs/environment';

/** The two Polyaxon sections this editor knows. */
type SectionKind = 'environment' | 'cleaner';

const SECTIONS = { environment: environmentDoc, cleaner: cleanerDoc } as const;

/** The documented (camelCase) field names of a section, in the schemas' order. */
export function sectionFieldNames(kind: SectionKind): readonly string[] {
  return Object.keys(SECTIONS[kind].fields);
}

/**
 * The section field a first key names: itself, or the field whose Python (snake_case) name it is,
 * as Polyaxon also accepts it (its `pyName`, which is clipped's `to_snake_case` of the field name).
 */
function fieldKey(kind: SectionKind, key: string): string {
  const fields = SECTIONS[kind].fields;
  if (Object.hasOwn(fields, key)) return key;
  return Object.keys(fields).find((name) => toSnakeCase(name) === key) ?? key;
}

/**
 * The title and description of what sits at `path` inside a section: numbers step into lists,
 * keys into mappings (any key of a record). A first key may also be the field's snake_case name.
 * Returns undefined when the path leaves the schema; `{}` when it resolves to an undocumented one.
 * Plain data only (no Zod), so the form can show help texts at first paint.
 */
export function fieldDoc(kind: SectionKind, path: readonly DocPathSegment[]): FieldDoc | undefined {
  const [first, ...rest] = path;
  const steps = typeof first === 'string' ? [fieldKey(kind, first), ...rest] : path;
  const node = docAt(SECTIONS[kind], steps);
  return node === undefined ? undefined : (textsOf(node) ?? {});
}
