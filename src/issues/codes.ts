import { WALK_CODES } from '../judge/codes';
import type { CodeTable } from './catalog';
import { RULE_CODES } from '../rules/registry';

/** Every issue code the core can raise, with its default severity, source and title. */
export const CODES: CodeTable = { ...WALK_CODES, ...RULE_CODES };
