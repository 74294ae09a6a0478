import type { CodeTable } from '../issues/catalog';
import type { Rule } from '../judge/rule';
import { AFFINITY_CODES, AFFINITY_RULES } from './affinity/index';
import { CLEANER_CODES, CLEANER_RULES } from './cleaner/index';
import { METADATA_CODES, METADATA_RULES } from './metadata/index';
import { NETWORKING_CODES, NETWORKING_RULES } from './networking/index';
import { POLICY_CODES, POLICY_RULES } from './policy/index';
import { SCHEDULING_CODES, SCHEDULING_RULES } from './scheduling/index';
import { SECURITY_CODES, SECURITY_RULES } from './security/index';

// Each rule area adds one import line above and one spread below (keep alphabetical).

/** Every semantic rule, run on each section whose kind it applies to. */
export const RULES: readonly Rule[] = [
  ...AFFINITY_RULES,
  ...CLEANER_RULES,
  ...METADATA_RULES,
  ...NETWORKING_RULES,
  ...POLICY_RULES,
  ...SCHEDULING_RULES,
  ...SECURITY_RULES,
];

/** The codes of every rule module. */
export const RULE_CODES: CodeTable = {
  ...AFFINITY_CODES,
  ...CLEANER_CODES,
  ...METADATA_CODES,
  ...NETWORKING_CODES,
  ...POLICY_CODES,
  ...SCHEDULING_CODES,
  ...SECURITY_CODES,
};
