import { objectShape } from './introspect';
import { cleanerSchema } from './polyaxon/cleaner';
import { environmentSchema } from './polyaxon/environment';

/** The documented (camelCase) field names of each section, in the schemas' order. */
export const ENVIRONMENT_FIELD_NAMES: readonly string[] = Object.keys(objectShape(environmentSchema) ?? {});
export const CLEANER_FIELD_NAMES: readonly string[] = Object.keys(objectShape(cleanerSchema) ?? {});
