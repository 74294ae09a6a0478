import { tolerationOperatorSchema } from '../schema/k8s/toleration';

const TOLERATION_OPERATORS = tolerationOperatorSchema.options.join('|');

/**
 * Extra words for an enum value that exists in Kubernetes but is not generally available, so a
 * message can say why it is refused rather than only listing the allowed values.
 */
export function enumHint(values: readonly string[], value: string): string | undefined {
  if (values.join('|') === TOLERATION_OPERATORS && (value === 'Lt' || value === 'Gt')) {
    return (
      'Lt and Gt exist only behind the alpha feature gate TaintTolerationComparisonOperators ' +
      '(Kubernetes 1.35+, off by default), so most clusters reject them'
    );
  }
  return undefined;
}
