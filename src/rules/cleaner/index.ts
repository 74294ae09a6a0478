import type { Rule } from '../../judge/rule';
import { cleanerEffectRule, cleanerImageRule } from './image';
import { resourcesRule } from './resources';

export { CLEANER_CODES } from './codes';

export const CLEANER_RULES: readonly Rule[] = [resourcesRule, cleanerImageRule, cleanerEffectRule];
