import type { Rule } from '../../judge/rule';
import { annotationsRule } from './annotations';
import { labelsRule } from './labels';
import { nodeSelectorRule } from './nodeSelector';
import { polyaxonOwnedRule } from './polyaxonOwned';

export { METADATA_CODES } from './codes';

/** Rules on labels, annotations and nodeSelector. */
export const METADATA_RULES: readonly Rule[] = [
  labelsRule,
  annotationsRule,
  nodeSelectorRule,
  polyaxonOwnedRule,
];
