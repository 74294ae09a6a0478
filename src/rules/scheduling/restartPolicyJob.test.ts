import { describe, expect, it } from 'vitest';
import { codesAt } from '../../testing/judge';
import { source } from '../../testing/source';

/** A batch/v1 Job manifest with the given restartPolicy line in its pod template. */
function job(policyLine: string): string {
  return source`
    apiVersion: batch/v1
    kind: Job
    metadata: {name: nightly-report}
    spec:
      template:
        spec:
          ${policyLine}
          containers: [{name: report, image: busybox}]
  `;
}

/** The API server defaults an unset restartPolicy to Always, which the Job API refuses. */
describe('restartPolicy in Job manifests', () => {
  it('accepts Never and OnFailure', () => {
    expect(codesAt(job('restartPolicy: Never'))).toEqual([]);
    expect(codesAt(job('restartPolicy: OnFailure'))).toEqual([]);
  });
  it('rejects a missing or empty restartPolicy', () => {
    expect(codesAt(job('hostNetwork: false'))).toEqual([
      'restart-policy-missing-in-job @ spec.template.spec.restartPolicy',
    ]);
    expect(codesAt(job('restartPolicy: ""'))).toEqual([
      'restart-policy-missing-in-job @ spec.template.spec.restartPolicy',
    ]);
  });
  it('leaves Polyaxon jobs alone: the operator sets Never', () => {
    const text = source`
      kind: component
      run:
        kind: job
        environment: {nodeSelector: {pool: batch}}
        container: {image: busybox}
    `;
    expect(codesAt(text)).toEqual([]);
  });
});
