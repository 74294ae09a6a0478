import { sectionFieldNames } from './sectionDocs';

/**
 * The documented (camelCase) field names of each section, in the schemas' order. Read from the
 * plain doc nodes the schemas are built with, so the form gets them without Zod.
 */
export const ENVIRONMENT_FIELD_NAMES: readonly string[] = sectionFieldNames('environment');
export const CLEANER_FIELD_NAMES: readonly string[] = sectionFieldNames('cleaner');
