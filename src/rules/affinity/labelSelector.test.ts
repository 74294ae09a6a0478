import { describe, expect, it } from 'vitest';
import { source } from '../../testing/source';
import { podRequired, problems } from './testing';

const REQ = 'environment.affinity.podAffinity.requiredDuringSchedulingIgnoredDuringExecution[0]';
const SEL = '{matchLabels: {app: db}}';

describe('label selectors of pod affinity terms', () => {
  const sel = (s: string) => podRequired(`{labelSelector: ${s}, topologyKey: kubernetes.io/hostname}`);
  it('checks matchLabels values', () => {
    expect(problems(sel('{matchLabels: {app: "a b"}}'))).toEqual([
      `error selector-value-invalid @ ${REQ}.labelSelector.matchLabels.app`,
    ]);
  });
  it('leaves Gt and Lt to the walker, which knows the label selector operators', () => {
    expect(problems(sel('{matchExpressions: [{key: rank, operator: Gt, values: ["1"]}]}'))).toEqual([
      `error invalid-enum @ ${REQ}.labelSelector.matchExpressions[0].operator`,
    ]);
  });
  it('checks the number of values', () => {
    expect(problems(sel('{matchExpressions: [{key: app, operator: In}]}'))).toEqual([
      `error selector-values-required @ ${REQ}.labelSelector.matchExpressions[0].values`,
    ]);
  });
  it('checks the namespaceSelector too', () => {
    const text = podRequired(
      `{labelSelector: ${SEL}, topologyKey: kubernetes.io/hostname, namespaceSelector: {matchExpressions: [{key: team, operator: Exists, values: [a]}]}}`,
    );
    expect(problems(text)).toEqual([
      `error selector-values-forbidden @ ${REQ}.namespaceSelector.matchExpressions[0].values`,
    ]);
  });
});

describe('matchLabelKeys and mismatchLabelKeys', () => {
  const term = (extra: string, selector = `labelSelector: ${SEL}, `) =>
    podRequired(`{${selector}topologyKey: kubernetes.io/hostname, ${extra}}`);
  it('need a labelSelector', () => {
    expect(problems(term('matchLabelKeys: [version]', ''))).toEqual([
      `warning pod-affinity-no-label-selector @ ${REQ}.labelSelector`,
      `error label-keys-without-selector @ ${REQ}.matchLabelKeys`,
    ]);
  });
  it('must be qualified names', () => {
    expect(problems(term('mismatchLabelKeys: ["bad key"]'))).toEqual([
      `error label-keys-key-invalid @ ${REQ}.mismatchLabelKeys[0]`,
    ]);
  });
  it('must not share a key', () => {
    expect(problems(term('matchLabelKeys: [tenant], mismatchLabelKeys: [tenant]'))).toEqual([
      `error label-keys-in-both @ ${REQ}.matchLabelKeys[0]`,
    ]);
  });
  it('must not repeat a key of the labelSelector', () => {
    expect(problems(term('matchLabelKeys: [app]'))).toEqual([
      `error match-label-key-in-selector @ ${REQ}.matchLabelKeys[0]`,
    ]);
    expect(problems(term('mismatchLabelKeys: [app]'))).toEqual([]);
  });
});

describe('pod affinity in a Kubernetes manifest', () => {
  it('checks the pod template of a Deployment', () => {
    const text = source`
      apiVersion: apps/v1
      kind: Deployment
      metadata: {name: api}
      spec:
        selector: {matchLabels: {app: api}}
        template:
          metadata: {labels: {app: api}}
          spec:
            containers: [{name: api, image: example/api:1.2}]
            affinity:
              podAntiAffinity:
                preferredDuringSchedulingIgnoredDuringExecution:
                  - weight: 150
                    podAffinityTerm:
                      labelSelector: {matchLabels: {app: api}}
                      topologyKey: kubernetes.io/hostname
    `;
    expect(problems(text)).toEqual([
      'error weight-out-of-range @ spec.template.spec.affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].weight',
    ]);
  });
});
