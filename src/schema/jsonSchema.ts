import { z } from 'zod';
import { addDocLinks } from './hoverMarkdown';
import { cleanerSchema } from './polyaxon/cleaner';
import { environmentSchema } from './polyaxon/environment';

/** The two Polyaxon sections this editor knows. */
export type PxSectionKind = 'environment' | 'cleaner';

/** A JSON Schema as a plain JSON object. */
export type JsonSchemaObject = { [key: string]: unknown };

const SECTIONS: Readonly<Record<PxSectionKind, z.ZodType>> = {
  environment: environmentSchema,
  cleaner: cleanerSchema,
};

const cache = new Map<PxSectionKind, JsonSchemaObject>();

/** The Zod schema of a section. */
export function sectionSchema(kind: PxSectionKind): z.ZodType {
  return SECTIONS[kind];
}

/** `z.number().int()` always carries the safe-integer range; it says nothing to a user. */
function dropSafeIntegerBounds(ctx: { jsonSchema: { minimum?: number; maximum?: number } }): void {
  const js = ctx.jsonSchema;
  if (js.minimum === Number.MIN_SAFE_INTEGER) delete js.minimum;
  if (js.maximum === Number.MAX_SAFE_INTEGER) delete js.maximum;
}

function build(kind: PxSectionKind): JsonSchemaObject {
  let hit = cache.get(kind);
  if (!hit) {
    // io 'input' leaves out additionalProperties: false, since Polyaxon also takes snake_case keys.
    hit = z.toJSONSchema(SECTIONS[kind], {
      io: 'input',
      target: 'draft-07',
      override: dropSafeIntegerBounds,
    }) as JsonSchemaObject;
    addDocLinks(hit, kind);
    cache.set(kind, hit);
  }
  return hit;
}

/**
 * The draft-7 JSON Schema of a bare section (its fields at the root), with titles, descriptions
 * and enums, for monaco-yaml. Each field also has a `markdownDescription` (its description and
 * its Polyaxon and Kubernetes documentation links), which monaco-yaml's hovers show; `description`
 * stays plain text. Unknown keys are not forbidden: the checker judges those.
 * Returns a fresh copy on each call.
 */
export function sectionJsonSchema(kind: PxSectionKind): JsonSchemaObject {
  return structuredClone(build(kind));
}

/**
 * The draft-7 JSON Schema of a whole document, which may be a bare environment, a bare cleaner,
 * or a mapping with `environment:` and/or `cleaner:` wrappers. The root therefore lists the
 * fields of both sections (the environment's text wins for the four fields they share) plus
 * the two wrapper keys, so hovers and completions work in every form. Returns a fresh copy.
 */
export function documentJsonSchema(): JsonSchemaObject {
  const env = sectionJsonSchema('environment');
  const cleaner = sectionJsonSchema('cleaner');
  const $schema = env['$schema'];
  delete env['$schema'];
  delete cleaner['$schema'];
  const props = (s: JsonSchemaObject): JsonSchemaObject => (s['properties'] ?? {}) as JsonSchemaObject;
  const merged: JsonSchemaObject = {
    $schema,
    title: 'Polyaxon environment or cleaner',
    description:
      'A Polyaxon environment or cleaner section, written bare or under an environment: or cleaner: key.',
    type: 'object',
    properties: {
      ...props(cleaner),
      ...props(env),
      environment: env,
      cleaner,
      // A polyaxonfile: the run's environment, and a preset's or operation's runPatch.
      run: { type: 'object', properties: { environment: env } },
      runPatch: { type: 'object', properties: { environment: env } },
    },
  };
  // A JSON round trip, so that the bare fields and the wrapped ones share no objects.
  return JSON.parse(JSON.stringify(merged)) as JsonSchemaObject;
}
