import { defineCodes } from '../../issues/catalog';

/** Codes of the label, annotation and nodeSelector rules. */
export const METADATA_CODES = defineCodes({
  'label-key-invalid': {
    severity: 'error',
    source: 'kubernetes',
    title: 'A label key that is not a qualified name',
  },
  'label-value-invalid': {
    severity: 'error',
    source: 'kubernetes',
    title: 'A label value Kubernetes rejects',
  },
  'annotation-key-invalid': {
    severity: 'error',
    source: 'kubernetes',
    title: 'An annotation key that is not a qualified name',
  },
  'annotations-too-large': {
    severity: 'error',
    source: 'kubernetes',
    title: 'Annotations larger than 256 KiB in total',
  },
  'deprecated-pod-annotation': {
    severity: 'warning',
    source: 'kubernetes',
    title: 'A pod annotation that no longer does anything, or that a securityContext field replaced',
  },
  'node-selector-key-invalid': {
    severity: 'error',
    source: 'kubernetes',
    title: 'A nodeSelector key that is not a qualified name',
  },
  'node-selector-value-invalid': {
    severity: 'error',
    source: 'kubernetes',
    title: 'A nodeSelector value that is not a valid label value',
  },
  'deprecated-node-label': {
    severity: 'warning',
    source: 'kubernetes',
    title: 'A deprecated node label used in nodeSelector',
  },
  'polyaxon-owned-label': {
    severity: 'warning',
    source: 'polyaxon',
    title: 'A label that Polyaxon overwrites with its own value',
  },
  'polyaxon-owned-annotation': {
    severity: 'warning',
    source: 'polyaxon',
    title: 'An annotation that Polyaxon overwrites with its own value',
  },
});
