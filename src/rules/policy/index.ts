import type { Rule } from '../../judge/rule';
import { podSecurityRule } from './rule';

export { POLICY_CODES } from './codes';

/** Pod Security Standards (baseline and restricted) findings on the pod-level fields. */
export const POLICY_RULES: readonly Rule[] = [podSecurityRule];
