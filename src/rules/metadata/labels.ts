import { child } from '../../judge/located';
import type { Rule } from '../../judge/rule';
import { checkLabelMap } from './labelMap';

/** Label keys must be qualified names and values valid label values (ValidateLabels). */
export const labelsRule: Rule = {
  id: 'metadata-labels',
  appliesTo: ['environment', 'podSpec'],
  run(ctx) {
    checkLabelMap(ctx, child(ctx.root, 'labels'), {
      keyCode: 'label-key-invalid',
      valueCode: 'label-value-invalid',
      field: 'labels',
    });
  },
};
