import { child, str } from '../../judge/located';
import type { Rule } from '../../judge/rule';

/** Run kinds that become a batch Job (restartPolicy OnFailure or Never only). */
const JOB_KINDS = new Set(['job', 'Job', 'CronJob']);
/** Run kinds that become a long-running workload (restartPolicy Always only). */
const SERVICE_KINDS = new Set(['service', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet']);

/**
 * restartPolicy must suit what runs the pod: batch Jobs refuse Always, Deployments and other
 * long-running workloads accept only Always, and ExitCode is for Kubeflow replicas only. Other run
 * kinds (Kubeflow, Ray, Dask, unknown) get no finding: their operators copy the value into their
 * own replica specs.
 */
export const restartPolicyRule: Rule = {
  id: 'scheduling-restart-policy',
  appliesTo: ['environment', 'podSpec'],
  run(ctx) {
    const loc = child(ctx.root, 'restartPolicy');
    const policy = str(loc);
    const runKind = ctx.section.runKind;
    if (ctx.section.kind === 'podSpec' && runKind && JOB_KINDS.has(runKind) && !policy) {
      // The API server defaults an unset or empty restartPolicy to Always, which Jobs refuse.
      ctx.report({
        code: 'restart-policy-missing-in-job',
        message:
          `a ${runKind} pod template needs restartPolicy Never or OnFailure; left empty it becomes Always, ` +
          'which the Job API rejects',
        at: loc ?? ctx.root,
        ...(loc ? {} : { missing: 'restartPolicy' }),
        data: { suggestion: 'Never' },
      });
      return;
    }
    if (!loc || !policy || !runKind) return;
    const isJob = JOB_KINDS.has(runKind);
    const isService = SERVICE_KINDS.has(runKind);
    if (!isJob && !isService) return;
    if (policy === 'ExitCode') {
      // Not a Kubernetes value: in a manifest the schema check already rejects it.
      if (ctx.section.kind === 'podSpec') return;
      ctx.report({
        code: 'restart-policy-exit-code',
        message:
          'restartPolicy ExitCode is only understood by the Kubeflow operators (tfjob, pytorchjob, mpijob, ' +
          `mxjob, xgbjob, paddlejob); Kubernetes rejects it in a ${runKind}; ` +
          (isJob ? 'write Never or OnFailure' : 'write Always or remove restartPolicy'),
        at: loc,
        data: { suggestion: isJob ? 'Never' : 'Always' },
      });
      return;
    }
    if (isJob && policy === 'Always') {
      ctx.report({
        code: 'restart-policy-always-in-job',
        message:
          `a ${runKind} runs as a Kubernetes Job, which rejects restartPolicy Always; ` +
          'write Never (the default) or OnFailure',
        at: loc,
        data: { suggestion: 'Never' },
      });
    }
    if (isService && (policy === 'Never' || policy === 'OnFailure')) {
      ctx.report({
        code: 'restart-policy-not-always-in-service',
        message:
          `a ${runKind} keeps its pods running and accepts only restartPolicy Always, not ${policy}; ` +
          'write Always or remove restartPolicy',
        at: loc,
        data: { suggestion: 'Always' },
      });
    }
  },
};
