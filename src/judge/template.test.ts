import { describe, expect, it } from 'vitest';
import { codesAt } from '../testing/judge';
import { source } from '../testing/source';

/** Polyaxon replaces `{{ ... }}` before the pod exists, so Kubernetes-level checks wait for it. */
describe('templated values', () => {
  it('skips the Kubernetes checks of a templated name, key or nested value', () => {
    const text = source`
      kind: component
      inputs:
        - {name: pool, type: str}
      run:
        kind: job
        environment:
          serviceAccountName: "{{ runner_account }}"
          nodeSelector:
            "{{ pool_key }}": "{{ pool }}-nodes"
          tolerations:
            - key: dedicated
              operator: Equal
              value: "{{ pool }}"
              effect: NoExecute
              tolerationSeconds: "{{ grace_seconds }}"
        container: {image: busybox}
    `;
    expect(codesAt(text)).toEqual([]);
  });
  it('still checks the same fields when they hold plain text', () => {
    const text = source`
      environment:
        serviceAccountName: Runner_Account
        tolerations:
          - {key: dedicated, value: "a pool", effect: NoExecute, tolerationSeconds: "30"}
    `;
    expect(codesAt(text)).toEqual([
      'service-account-name-invalid @ environment.serviceAccountName',
      'toleration-value-invalid @ environment.tolerations[0].value',
      'type-mismatch @ environment.tolerations[0].tolerationSeconds',
    ]);
  });
  it('keeps the Polyaxon-level type checks: a template is still a string', () => {
    const text = source`
      environment:
        hostNetwork: "{{ use_host }}"
    `;
    expect(codesAt(text)).toEqual(['type-mismatch @ environment.hostNetwork']);
  });
});
