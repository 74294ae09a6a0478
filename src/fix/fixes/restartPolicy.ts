import { edits } from '../nodes';
import type { Fix, FixChoice } from '../types';

const JOB_POLICIES = ['Never', 'OnFailure'];

function setTo(path: readonly (string | number)[], value: string): FixChoice {
  return edits(`Change to ${value}`, [{ op: 'set', path, value }]);
}

/** A restartPolicy the workload rejects: Always for services, Never or OnFailure for jobs. */
export const restartPolicyFix: Fix = {
  codes: ['restart-policy-always-in-job', 'restart-policy-exit-code', 'restart-policy-not-always-in-service'],
  kind: 'safe',
  choices({ issue }) {
    const suggestion = issue.data?.['suggestion'];
    if (issue.code === 'restart-policy-not-always-in-service') return [setTo(issue.path, 'Always')];
    if (issue.code === 'restart-policy-exit-code' && suggestion === 'Always')
      return [setTo(issue.path, 'Always')];
    return JOB_POLICIES.map((p) => setTo(issue.path, p));
  },
};
