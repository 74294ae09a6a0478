import type { Node } from 'yaml';
import type { Path } from '../path/path';
import { suggest } from './suggest';
import { enumAcceptsEmpty } from './emptyEnum';
import { isTemplate } from './template';
import type { K8sWalker } from './walkK8s';

/**
 * A string Polyaxon passes through unchecked (a plain StrictStr) but Kubernetes reads as an enum,
 * such as dnsPolicy: the API server rejects other values, case included.
 */
export function checkK8sEnum(
  w: K8sWalker,
  value: string,
  allowed: readonly string[],
  name: string,
  path: Path,
  node: Node | null,
  keyNode: Node | null,
): void {
  if (allowed.includes(value) || isTemplate(value) || (value === '' && enumAcceptsEmpty(allowed))) return;
  const hint = suggest(value, allowed);
  w.ctx.emit({
    code: 'invalid-enum',
    message:
      `${name} must be one of ${allowed.join(', ')} (case matters), not "${value}"; Polyaxon passes it on ` +
      'and Kubernetes rejects the pod' +
      (hint ? `; did you mean ${hint}?` : ''),
    path,
    node,
    keyNode,
    source: 'kubernetes',
    data: { allowed, ...(hint ? { suggestion: hint } : {}) },
  });
}
