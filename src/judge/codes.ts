import { defineCodes } from '../issues/catalog';

/** Codes raised while reading the text and walking a section against its schema. */
export const WALK_CODES = defineCodes({
  'yaml-syntax': { severity: 'error', source: 'yaml', title: 'The text is not valid YAML' },
  'yaml-tab-indent': { severity: 'error', source: 'yaml', title: 'Tabs used for indentation' },
  'yaml-warning': { severity: 'warning', source: 'yaml', title: 'The YAML reader warns about this' },
  'yaml-duplicate-key': {
    severity: 'warning',
    source: 'yaml',
    title: 'The same key appears twice in a mapping',
  },
  'yaml11-bool': { severity: 'warning', source: 'yaml', title: 'YAML 1.1 reads this word as a boolean' },
  'yaml11-number': {
    severity: 'warning',
    source: 'yaml',
    title: 'YAML 1.1 reads this as a different number',
  },
  'yaml11-timestamp': { severity: 'warning', source: 'yaml', title: 'YAML 1.1 reads this as a date' },
  'alias-too-deep': { severity: 'error', source: 'yaml', title: 'Aliases nest too deeply to expand' },
  'text-too-large': {
    severity: 'error',
    source: 'yaml',
    title: 'The text is larger than the checker reads',
  },
  'internal-error': { severity: 'warning', source: 'yaml', title: 'A check failed unexpectedly' },
  'nothing-to-check': { severity: 'info', source: 'yaml', title: 'No environment or cleaner section found' },
  'not-a-mapping': { severity: 'error', source: 'polyaxon', title: 'A mapping of fields is expected' },
  'environment-reference': {
    severity: 'info',
    source: 'polyaxon',
    title: 'The environment is a template reference, resolved at run time',
  },
  'environment-misplaced': {
    severity: 'error',
    source: 'polyaxon',
    title: 'An environment section where Polyaxon does not accept one',
  },
  'unknown-key': { severity: 'error', source: 'polyaxon', title: 'A key that the model does not have' },
  'snake-case-key': {
    severity: 'info',
    source: 'polyaxon',
    title: 'A snake_case key: accepted, but not the documented camelCase name',
  },
  'nested-snake-case': {
    severity: 'warning',
    source: 'kubernetes',
    title: 'A nested snake_case key: sent as written and dropped by Kubernetes',
  },
  'pruned-key': {
    severity: 'warning',
    source: 'kubernetes',
    title: 'A nested key Kubernetes does not know: silently dropped',
  },
  'unknown-field': {
    severity: 'error',
    source: 'kubernetes',
    title: 'A field the Kubernetes type does not have',
  },
  'pod-only-security-field': {
    severity: 'error',
    source: 'polyaxon',
    title: 'A pod-level securityContext field that Polyaxon cannot set',
  },
  'key-not-string': { severity: 'error', source: 'polyaxon', title: 'A key that is not a string' },
  'type-mismatch': { severity: 'error', source: 'polyaxon', title: 'A value of the wrong type' },
  'not-a-list': { severity: 'error', source: 'polyaxon', title: 'A single item where a list is expected' },
  'invalid-enum': { severity: 'error', source: 'polyaxon', title: 'A value outside the allowed set' },
  'null-value': { severity: 'error', source: 'polyaxon', title: 'A null where a value is required' },
  'coerced-value': { severity: 'warning', source: 'polyaxon', title: 'A value Polyaxon converts before use' },
  'empty-rejected': { severity: 'error', source: 'polyaxon', title: 'An empty mapping Polyaxon rejects' },
  'image-pull-secret-object': {
    severity: 'error',
    source: 'polyaxon',
    title: 'imagePullSecrets written in the Kubernetes form',
  },
  'duplicate-field': {
    severity: 'warning',
    source: 'polyaxon',
    title: 'A field given twice, under its camelCase and snake_case names',
  },
});
