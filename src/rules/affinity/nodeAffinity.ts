import { child, childIn, isSet, itemsOf, type Located } from '../../judge/located';
import type { Rule, RuleContext } from '../../judge/rule';
import { checkNodeTerm, isEmptyTerm } from './nodeTerm';
import { checkWeight } from './weight';

function checkRequired(ctx: RuleContext, required: Located): void {
  if (!required.entries) return;
  const terms = child(required, 'nodeSelectorTerms');
  if (isSet(terms) && !terms.items) return;
  const items = itemsOf(terms);
  if (items.length === 0) {
    ctx.report({
      code: 'node-selector-terms-empty',
      message:
        'required node affinity must have at least one node selector term; add nodeSelectorTerms with a ' +
        'matchExpressions entry, or remove requiredDuringSchedulingIgnoredDuringExecution',
      ...(isSet(terms) ? { at: terms } : { at: required, missing: 'nodeSelectorTerms' }),
    });
    return;
  }
  const empty = items.filter(isEmptyTerm);
  for (const term of items) {
    if (!isEmptyTerm(term)) {
      checkNodeTerm(ctx, term, true);
      continue;
    }
    const consequence =
      empty.length === items.length
        ? 'every term is empty, so no node qualifies and the pod is never scheduled'
        : 'the other terms still apply, since terms are ORed';
    ctx.report({
      code: 'node-selector-term-empty',
      message:
        `this node selector term has no matchExpressions or matchFields, so it matches no node (${consequence}); ` +
        'add an expression such as {key: disktype, operator: In, values: [ssd]} or remove the term',
      at: term,
    });
  }
}

function checkPreferred(ctx: RuleContext, term: Located): void {
  if (!term.entries) return;
  checkWeight(ctx, term);
  const preference = child(term, 'preference');
  if (!isSet(preference)) {
    // Kubernetes' own types read a missing preference as an empty term (a no-op); the Polyaxon CRD requires it.
    const podSpec = ctx.section.kind === 'podSpec';
    ctx.report({
      code: 'node-preference-missing',
      message:
        (podSpec
          ? 'this preferred term has no preference, so it prefers nothing'
          : 'this preferred term has no preference, which the Polyaxon custom resource requires') +
        '; add preference: {matchExpressions: [{key: …, operator: In, values: […]}]}',
      at: term,
      missing: 'preference',
      ...(podSpec ? { severity: 'warning' as const } : {}),
    });
    return;
  }
  if (isEmptyTerm(preference)) {
    ctx.report({
      code: 'node-preference-empty',
      message:
        'this preference has no matchExpressions or matchFields, so it matches no node and the term has no ' +
        'effect; add an expression or remove the term',
      at: preference,
    });
    return;
  }
  checkNodeTerm(ctx, preference, false);
}

/** Kubernetes' validateNodeAffinity: required terms, preferred weights and preferences, expressions. */
export const nodeAffinityRule: Rule = {
  id: 'affinity-node',
  appliesTo: ['environment', 'cleaner', 'podSpec'],
  run(ctx) {
    const nodeAffinity = childIn(ctx.root, ['affinity', 'nodeAffinity']);
    if (!nodeAffinity?.entries) return;
    const required = child(nodeAffinity, 'requiredDuringSchedulingIgnoredDuringExecution');
    if (isSet(required)) checkRequired(ctx, required);
    for (const term of itemsOf(child(nodeAffinity, 'preferredDuringSchedulingIgnoredDuringExecution'))) {
      checkPreferred(ctx, term);
    }
  },
};
