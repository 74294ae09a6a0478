import type { Rule } from '../../judge/rule';
import { droppedSecurityFieldsRule } from './dropped';
import { hostProcessRule } from './hostProcess';
import { securityIdsRule } from './ids';
import { securityProfilesRule } from './profiles';
import { windowsOptionsRule } from './windowsOptions';

export { SECURITY_CODES } from './codes';

/** Rules on securityContext: ID ranges, runAsNonRoot, seccomp and AppArmor profiles, Windows options. */
export const SECURITY_RULES: readonly Rule[] = [
  securityIdsRule,
  securityProfilesRule,
  hostProcessRule,
  droppedSecurityFieldsRule,
  windowsOptionsRule,
];
