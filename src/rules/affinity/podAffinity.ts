import { child, childIn, entriesOf, isSet, itemsOf, str, type Located } from '../../judge/located';
import type { Rule, RuleContext } from '../../judge/rule';
import { isDns1123Label, isQualifiedName } from '../../k8s/names';
import { brief } from '../metadata/brief';
import { DEPRECATED_NODE_LABELS } from '../metadata/nodeSelector';
import { checkLabelKeys } from './labelKeys';
import { checkLabelSelector } from './labelSelector';
import { checkWeight } from './weight';

type Side = 'podAffinity' | 'podAntiAffinity';
type Mode = 'required' | 'preferred';

function checkTopologyKey(ctx: RuleContext, term: Located): void {
  const loc = child(term, 'topologyKey');
  const key = isSet(loc) ? str(loc) : '';
  if (key === '') {
    ctx.report({
      code: 'topology-key-missing',
      message:
        'a pod affinity term needs a topologyKey: the node label that defines "the same place", such as ' +
        'kubernetes.io/hostname (same node) or topology.kubernetes.io/zone (same zone)',
      ...(isSet(loc) ? { at: loc } : { at: term, missing: 'topologyKey' }),
      data: { suggestion: 'kubernetes.io/hostname' },
    });
    return;
  }
  if (key === undefined || !loc) return;
  const errors = isQualifiedName(key);
  if (errors.length > 0) {
    ctx.report({
      code: 'topology-key-invalid',
      message: `topologyKey "${key}" is not a valid label key: ${brief(errors)}; write a node label such as kubernetes.io/hostname`,
      at: loc,
    });
    return;
  }
  const deprecated = DEPRECATED_NODE_LABELS[key];
  if (deprecated) {
    ctx.report({
      code: 'topology-key-deprecated',
      message:
        `the node label ${key} is deprecated since Kubernetes ${deprecated.since} and newer nodes may not carry ` +
        `it, so the term may not see the topology; write topologyKey: ${deprecated.replacement}`,
      at: loc,
      data: { suggestion: deprecated.replacement },
    });
  }
}

function noSelectorEffect(side: Side, mode: Mode): string {
  if (side === 'podAntiAffinity') return 'so it avoids nothing and has no effect';
  return mode === 'required' ? 'so no node qualifies and the pod is never scheduled' : 'so it has no effect';
}

/** An empty selector (`{}`, or empty matchLabels and matchExpressions) matches every pod. */
function selectsAll(selector: Located): boolean {
  if (!selector.entries) return false;
  return (
    entriesOf(child(selector, 'matchLabels')).length === 0 &&
    itemsOf(child(selector, 'matchExpressions')).length === 0
  );
}

function allSelectorEffect(side: Side): string {
  return side === 'podAntiAffinity'
    ? 'so the pod keeps away from every pod there, its own replicas included'
    : 'so any pod satisfies it and it does not group the pod with anything in particular';
}

/** Kubernetes' validatePodAffinityTerm, plus the warning that a missing labelSelector selects no pods. */
function checkPodTerm(ctx: RuleContext, term: Located, side: Side, mode: Mode): void {
  if (!term.entries) return;
  checkTopologyKey(ctx, term);
  const selector = child(term, 'labelSelector');
  if (isSet(selector)) {
    checkLabelSelector(ctx, selector);
    if (selectsAll(selector)) {
      ctx.report({
        code: 'pod-affinity-selects-all',
        message:
          `this term's labelSelector is empty, which matches every pod in the namespaces, ${allSelectorEffect(side)}; ` +
          'add matchLabels or matchExpressions for the pods you mean',
        at: selector,
      });
    }
  } else {
    ctx.report({
      code: 'pod-affinity-no-label-selector',
      message:
        `this term has no labelSelector, which matches no pods, ${noSelectorEffect(side, mode)}; add ` +
        'labelSelector: {matchLabels: {app: …}} (an empty {} would match every pod)',
      at: term,
      missing: 'labelSelector',
    });
  }
  checkLabelSelector(ctx, child(term, 'namespaceSelector'));
  for (const item of itemsOf(child(term, 'namespaces'))) {
    const name = str(item);
    if (name === undefined) continue;
    const errors = isDns1123Label(name);
    if (errors.length === 0) continue;
    ctx.report({
      code: 'affinity-namespace-invalid',
      message: `"${name}" is not a valid namespace name: ${brief(errors)}; write a namespace such as team-a`,
      at: item,
    });
  }
  checkLabelKeys(ctx, term);
}

function checkSide(ctx: RuleContext, side: Side): void {
  const affinity = childIn(ctx.root, ['affinity', side]);
  if (!affinity?.entries) return;
  for (const term of itemsOf(child(affinity, 'requiredDuringSchedulingIgnoredDuringExecution'))) {
    checkPodTerm(ctx, term, side, 'required');
  }
  for (const weighted of itemsOf(child(affinity, 'preferredDuringSchedulingIgnoredDuringExecution'))) {
    if (!weighted.entries) continue;
    checkWeight(ctx, weighted);
    const term = child(weighted, 'podAffinityTerm');
    if (isSet(term)) {
      checkPodTerm(ctx, term, side, 'preferred');
      continue;
    }
    ctx.report({
      code: 'pod-affinity-term-missing',
      message:
        'this preferred term has no podAffinityTerm, so its topologyKey is empty and Kubernetes rejects it; ' +
        'add podAffinityTerm: {labelSelector: {matchLabels: {app: …}}, topologyKey: kubernetes.io/hostname}',
      at: weighted,
      missing: 'podAffinityTerm',
    });
  }
}

/** Kubernetes' validatePodAffinity / validatePodAntiAffinity for required and weighted terms. */
export const podAffinityRule: Rule = {
  id: 'affinity-pod',
  appliesTo: ['environment', 'cleaner', 'podSpec'],
  run(ctx) {
    checkSide(ctx, 'podAffinity');
    checkSide(ctx, 'podAntiAffinity');
  },
};
