/**
 * Polyaxon resolves `{{ ... }}` templates (params, globals, context) when it compiles the
 * operation, before anything reaches Kubernetes. A templated value cannot be judged until then,
 * so the Kubernetes-level checks skip it.
 */
export function isTemplate(value: unknown): boolean {
  return typeof value === 'string' && value.includes('{{');
}
