import { fieldDocLinks, type FieldDocLinks } from './docLinks';
import type { SchemaPathSegment } from './introspect';
import type { JsonSchemaObject, PxSectionKind } from './jsonSchema';

/** Plain text as Markdown that shows the same text (what monaco-yaml does with `description`). */
export function escapeMarkdown(plain: string): string {
  return plain.replace(/([^\n\r])(\r?\n)([^\n\r])/g, '$1\n\n$3').replace(/[\\`*_{}[\]#+!<>]/g, '\\$&');
}

/** The links of a field as one Markdown line, or '' when it has none. */
export function linksMarkdown(links: FieldDocLinks): string {
  const parts: string[] = [];
  if (links.polyaxon !== undefined) parts.push(`[Polyaxon docs](${links.polyaxon})`);
  if (links.kubernetes !== undefined) parts.push(`[Kubernetes docs](${links.kubernetes})`);
  return parts.join(' · ');
}

const isSchema = (value: unknown): value is JsonSchemaObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Gives every field of a section's JSON Schema (`schema` is the section, changed in place) a
 * `markdownDescription`: its description followed by its documentation links. monaco-yaml shows
 * `markdownDescription` in hovers and completions in place of `description`, which stays plain.
 */
export function addDocLinks(
  schema: JsonSchemaObject,
  kind: PxSectionKind,
  path: readonly SchemaPathSegment[] = [],
): void {
  const links = linksMarkdown(fieldDocLinks(kind, path));
  if (links !== '') {
    const description = schema['description'];
    schema['markdownDescription'] =
      typeof description === 'string' && description !== ''
        ? `${escapeMarkdown(description)}\n\n${links}`
        : links;
  }
  const properties = schema['properties'];
  if (isSchema(properties)) {
    for (const [key, child] of Object.entries(properties)) {
      if (isSchema(child)) addDocLinks(child, kind, [...path, key]);
    }
  }
  const items = schema['items'];
  if (isSchema(items)) addDocLinks(items, kind, [...path, 0]);
  // A record's values: any key of the mapping (one with a dot is never a documented level).
  const values = schema['additionalProperties'];
  if (isSchema(values)) addDocLinks(values, kind, [...path, '.']);
}
