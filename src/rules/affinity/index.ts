import type { Rule } from '../../judge/rule';
import { nodeAffinityRule } from './nodeAffinity';
import { podAffinityRule } from './podAffinity';

export { AFFINITY_CODES } from './codes';

/** Rules on node affinity, pod affinity and anti-affinity (Kubernetes ValidateAffinity). */
export const AFFINITY_RULES: readonly Rule[] = [nodeAffinityRule, podAffinityRule];
