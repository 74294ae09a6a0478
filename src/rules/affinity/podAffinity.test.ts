import { describe, expect, it } from 'vitest';
import { checkText } from '../../judge/check';
import { findings } from '../../testing/judge';
import { source } from '../../testing/source';
import { messageOf, podPreferred, podRequired, problems } from './testing';

const REQ = 'environment.affinity.podAffinity.requiredDuringSchedulingIgnoredDuringExecution[0]';
const SEL = '{matchLabels: {app: db}}';
const PREF = 'environment.affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution[0]';

describe('pod affinity terms', () => {
  it('accepts the usual forms', () => {
    const text = source`
      environment:
        affinity:
          podAffinity:
            requiredDuringSchedulingIgnoredDuringExecution:
              - labelSelector:
                  matchExpressions: [{key: app, operator: In, values: [db, cache]}]
                topologyKey: topology.kubernetes.io/zone
                namespaces: [data]
                matchLabelKeys: [pod-template-hash]
          podAntiAffinity:
            preferredDuringSchedulingIgnoredDuringExecution:
              - weight: 100
                podAffinityTerm:
                  labelSelector: {matchLabels: {app: trainer}}
                  namespaceSelector: {}
                  topologyKey: kubernetes.io/hostname
                  mismatchLabelKeys: [tenant]
    `;
    expect(problems(text)).toEqual([]);
  });
  it('needs a topologyKey that is a qualified name', () => {
    expect(problems(podRequired(`{labelSelector: ${SEL}}`))).toEqual([
      `error topology-key-missing @ ${REQ}.topologyKey`,
    ]);
    expect(problems(podRequired(`{labelSelector: ${SEL}, topologyKey: ""}`))).toEqual([
      `error topology-key-missing @ ${REQ}.topologyKey`,
    ]);
    expect(problems(podRequired(`{labelSelector: ${SEL}, topologyKey: "host name"}`))).toEqual([
      `error topology-key-invalid @ ${REQ}.topologyKey`,
    ]);
  });
  it('warns about a deprecated topology key and suggests its replacement', () => {
    const text = podRequired(
      `{labelSelector: ${SEL}, topologyKey: failure-domain.beta.kubernetes.io/region}`,
    );
    expect(problems(text)).toEqual([`warning topology-key-deprecated @ ${REQ}.topologyKey`]);
    const issue = checkText(text).issues.find((i) => i.code === 'topology-key-deprecated');
    expect(issue?.data).toEqual({ suggestion: 'topology.kubernetes.io/region' });
  });
  it('warns that a term without labelSelector matches no pods', () => {
    const text = podRequired('{topologyKey: kubernetes.io/hostname}');
    expect(problems(text)).toEqual([`warning pod-affinity-no-label-selector @ ${REQ}.labelSelector`]);
    expect(messageOf(text, 'pod-affinity-no-label-selector')).toContain('never scheduled');
    const anti = podRequired('{topologyKey: kubernetes.io/hostname}', 'podAntiAffinity');
    expect(messageOf(anti, 'pod-affinity-no-label-selector')).toContain('avoids nothing');
  });
  it('checks namespaces', () => {
    expect(
      problems(
        podRequired(`{labelSelector: ${SEL}, topologyKey: kubernetes.io/hostname, namespaces: [Team_A]}`),
      ),
    ).toEqual([`error affinity-namespace-invalid @ ${REQ}.namespaces[0]`]);
  });
});

describe('weighted pod affinity terms', () => {
  const term = `{labelSelector: ${SEL}, topologyKey: kubernetes.io/hostname}`;
  it('wants a weight from 1 to 100', () => {
    expect(findings(podPreferred(`{weight: 0, podAffinityTerm: ${term}}`))).toContainEqual({
      code: 'weight-out-of-range',
      path: `${PREF}.weight`,
      severity: 'error',
    });
    expect(problems(podPreferred(`{weight: 100, podAffinityTerm: ${term}}`))).toEqual([]);
    expect(problems(podPreferred(`{podAffinityTerm: ${term}}`))).toEqual([
      `error weight-missing @ ${PREF}.weight`,
    ]);
  });
  it('wants a podAffinityTerm, and checks it like a required term', () => {
    expect(problems(podPreferred('{weight: 10}'))).toEqual([
      `error pod-affinity-term-missing @ ${PREF}.podAffinityTerm`,
    ]);
    expect(problems(podPreferred(`{weight: 10, podAffinityTerm: {labelSelector: ${SEL}}}`))).toEqual([
      `error topology-key-missing @ ${PREF}.podAffinityTerm.topologyKey`,
    ]);
  });
});
