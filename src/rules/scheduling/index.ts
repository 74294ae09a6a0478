import type { Rule } from '../../judge/rule';
import { hostPidRule } from './hostPid';
import { imagePullSecretsRule } from './imagePullSecrets';
import { objectNamesRule } from './names';
import { priorityRule } from './priority';
import { restartPolicyRule } from './restartPolicy';
import { schedulerNameRule } from './schedulerName';
import { tolerationsRule } from './tolerations';

export { SCHEDULING_CODES } from './codes';

/** Rules on tolerations, object names, schedulerName, pull secrets, priority, restartPolicy and hostPID. */
export const SCHEDULING_RULES: readonly Rule[] = [
  tolerationsRule,
  objectNamesRule,
  schedulerNameRule,
  imagePullSecretsRule,
  priorityRule,
  restartPolicyRule,
  hostPidRule,
];
