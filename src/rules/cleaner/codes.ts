import { defineCodes } from '../../issues/catalog';

export const CLEANER_CODES = defineCodes({
  'quantity-invalid': { severity: 'error', source: 'kubernetes', title: 'Not a Kubernetes quantity' },
  'quantity-negative': { severity: 'error', source: 'kubernetes', title: 'A negative resource amount' },
  'quantity-fractional-bytes': {
    severity: 'warning',
    source: 'kubernetes',
    title: 'A memory or storage amount that is not a whole number of bytes',
  },
  'resource-name-invalid': {
    severity: 'error',
    source: 'kubernetes',
    title: 'Not a valid container resource name',
  },
  'request-exceeds-limit': { severity: 'error', source: 'kubernetes', title: 'A request above its limit' },
  'extended-resource-fraction': {
    severity: 'error',
    source: 'kubernetes',
    title: 'An extended resource (such as a GPU) asked in fractions',
  },
  'extended-resource-needs-limit': {
    severity: 'error',
    source: 'kubernetes',
    title: 'An extended resource request without an equal limit',
  },
  'hugepages-needs-cpu-memory': {
    severity: 'error',
    source: 'kubernetes',
    title: 'Huge pages without a cpu or memory request or limit',
  },
  'resource-claims-unsupported': {
    severity: 'error',
    source: 'kubernetes',
    title: 'Resource claims that no pod-level claim can satisfy',
  },
  'resources-flat': {
    severity: 'error',
    source: 'polyaxon',
    title: 'Resource amounts written directly under resources',
  },
  'cleaner-resources-empty': {
    severity: 'warning',
    source: 'polyaxon',
    title: 'An empty resources mapping removes the default requests and limits',
  },
  'cleaner-image-has-tag': {
    severity: 'error',
    source: 'polyaxon',
    title: 'A tag or digest inside cleaner.image',
  },
  'cleaner-hpa-no-effect': {
    severity: 'warning',
    source: 'polyaxon',
    title: 'hpa has no effect on the cleaner',
  },
  'cleaner-scheduling-unverified': {
    severity: 'info',
    source: 'polyaxon',
    title: 'A cleaner scheduling field that the cleaner container code does not read',
  },
  'cleaner-image-tag-empty': {
    severity: 'info',
    source: 'polyaxon',
    title: 'An empty imageTag falls back to the default tag',
  },
});
