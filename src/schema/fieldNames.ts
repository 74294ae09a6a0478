import { sectionFieldNames } from './sectionDocs';

/**
 * The documented (camelCase) field names of each section, in the schemas' order. Read from the
 * plain doc nodes the schemas are built with, so the form gets them without Zod.
 */
export const ENVIRONMENT_FIELD_NAMES: readonly string[] = sectionFieldNames('environment');
export const CLEANER_FIELD_NAMES: readonly string[] = sectionFieldNames('cleaner');

/**
 * The fields of either section whose value Polyaxon turns into Kubernetes models (one object, or
 * a list of them): only the top-level keys of each object are snake-cased before the model is
 * built; keys below are sent as written and Kubernetes drops any it does not know. Plain data for
 * the form; a test keeps it equal to the schemas' `k8sObject`/`k8sList` readings.
 */
export const KUBERNETES_OBJECT_FIELDS: ReadonlySet<string> = new Set([
  'affinity',
  'tolerations',
  'hostAliases',
  'dnsConfig',
  'securityContext',
  'resources',
]);
