import { defineCodes } from '../../issues/catalog';

/** Codes of the node affinity, pod affinity and label selector rules (Kubernetes ValidateAffinity). */
export const AFFINITY_CODES = defineCodes({
  'node-selector-terms-empty': {
    severity: 'error',
    source: 'kubernetes',
    title: 'Required node affinity without any nodeSelectorTerms',
  },
  'node-selector-term-empty': {
    severity: 'warning',
    source: 'kubernetes',
    title: 'A node selector term with no expressions, which matches no node',
  },
  'node-preference-missing': {
    severity: 'error',
    source: 'kubernetes',
    title: 'A preferred node affinity term without its preference',
  },
  'node-preference-empty': {
    severity: 'warning',
    source: 'kubernetes',
    title: 'A preferred node affinity term whose preference is empty, so it has no effect',
  },
  'node-affinity-deprecated-label': {
    severity: 'warning',
    source: 'kubernetes',
    title: 'A deprecated node label used in node affinity',
  },
  'weight-missing': {
    severity: 'error',
    source: 'kubernetes',
    title: 'A preferred affinity term without a weight',
  },
  'weight-out-of-range': {
    severity: 'error',
    source: 'kubernetes',
    title: 'A preferred affinity weight outside 1-100',
  },
  'selector-key-missing': {
    severity: 'error',
    source: 'kubernetes',
    title: 'A selector expression without a key',
  },
  'selector-key-invalid': {
    severity: 'error',
    source: 'kubernetes',
    title: 'A selector key that is not a qualified name',
  },
  'selector-operator-missing': {
    severity: 'error',
    source: 'kubernetes',
    title: 'A selector expression without an operator',
  },
  'selector-values-required': {
    severity: 'error',
    source: 'kubernetes',
    title: 'Operator In or NotIn without values',
  },
  'selector-values-forbidden': {
    severity: 'error',
    source: 'kubernetes',
    title: 'Operator Exists or DoesNotExist with values',
  },
  'selector-values-single': {
    severity: 'error',
    source: 'kubernetes',
    title: 'Operator Gt or Lt without exactly one value',
  },
  'selector-value-not-integer': {
    severity: 'warning',
    source: 'kubernetes',
    title: 'A Gt or Lt value that is not an integer, so the expression never matches',
  },
  'selector-value-invalid': {
    severity: 'error',
    source: 'kubernetes',
    title: 'A selector value that is not a valid label value',
  },
  'match-fields-key-invalid': {
    severity: 'error',
    source: 'kubernetes',
    title: 'A matchFields key other than metadata.name',
  },
  'match-fields-operator-invalid': {
    severity: 'error',
    source: 'kubernetes',
    title: 'A matchFields operator other than In or NotIn',
  },
  'match-fields-values-single': {
    severity: 'error',
    source: 'kubernetes',
    title: 'A matchFields expression without exactly one value',
  },
  'match-fields-value-invalid': {
    severity: 'error',
    source: 'kubernetes',
    title: 'A matchFields value that is not a valid node name',
  },
  'topology-key-missing': {
    severity: 'error',
    source: 'kubernetes',
    title: 'A pod affinity term without a topologyKey',
  },
  'topology-key-invalid': {
    severity: 'error',
    source: 'kubernetes',
    title: 'A topologyKey that is not a qualified name',
  },
  'topology-key-deprecated': {
    severity: 'warning',
    source: 'kubernetes',
    title: 'A topologyKey that names a deprecated node label',
  },
  'pod-affinity-term-missing': {
    severity: 'error',
    source: 'kubernetes',
    title: 'A weighted pod affinity term without its podAffinityTerm',
  },
  'pod-affinity-no-label-selector': {
    severity: 'warning',
    source: 'kubernetes',
    title: 'A pod affinity term without labelSelector, which matches no pods',
  },
  'pod-affinity-selects-all': {
    severity: 'warning',
    source: 'kubernetes',
    title: 'A pod affinity term whose empty labelSelector matches every pod',
  },
  'affinity-namespace-invalid': {
    severity: 'error',
    source: 'kubernetes',
    title: 'A pod affinity namespace that is not a valid namespace name',
  },
  'label-keys-without-selector': {
    severity: 'error',
    source: 'kubernetes',
    title: 'matchLabelKeys or mismatchLabelKeys without a labelSelector',
  },
  'label-keys-key-invalid': {
    severity: 'error',
    source: 'kubernetes',
    title: 'A matchLabelKeys or mismatchLabelKeys entry that is not a qualified name',
  },
  'label-keys-in-both': {
    severity: 'error',
    source: 'kubernetes',
    title: 'A key listed in both matchLabelKeys and mismatchLabelKeys',
  },
  'match-label-key-in-selector': {
    severity: 'error',
    source: 'kubernetes',
    title: 'A matchLabelKeys key that labelSelector also uses',
  },
});
