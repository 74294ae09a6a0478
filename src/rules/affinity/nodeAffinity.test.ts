import { describe, expect, it } from 'vitest';
import { checkText } from '../../judge/check';
import { findings } from '../../testing/judge';
import { source } from '../../testing/source';
import { nodePreferred, nodeRequired, problems } from './testing';

const REQ = 'environment.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution';

describe('required node affinity', () => {
  it('accepts the usual forms', () => {
    const text = source`
      environment:
        affinity:
          nodeAffinity:
            requiredDuringSchedulingIgnoredDuringExecution:
              nodeSelectorTerms:
                - matchExpressions:
                    - {key: topology.kubernetes.io/zone, operator: In, values: [eu-west-1a, eu-west-1b]}
                    - {key: nvidia.com/gpu.present, operator: Exists}
                    - {key: example.com/gpu-memory, operator: Gt, values: ["16"]}
                - matchFields:
                    - {key: metadata.name, operator: NotIn, values: [node-1]}
    `;
    expect(problems(text)).toEqual([]);
  });
  it('needs at least one node selector term', () => {
    const missing = source`
      environment:
        affinity:
          nodeAffinity:
            requiredDuringSchedulingIgnoredDuringExecution: {}
    `;
    expect(problems(missing)).toEqual([`error node-selector-terms-empty @ ${REQ}.nodeSelectorTerms`]);
    const empty = missing.replace('{}', '{nodeSelectorTerms: []}');
    expect(problems(empty)).toEqual([`error node-selector-terms-empty @ ${REQ}.nodeSelectorTerms`]);
  });
  it('warns about empty terms, which match no node', () => {
    const text = source`
      environment:
        affinity:
          nodeAffinity:
            requiredDuringSchedulingIgnoredDuringExecution:
              nodeSelectorTerms:
                - matchExpressions: [{key: disktype, operator: In, values: [ssd]}]
                - {}
    `;
    expect(problems(text)).toEqual([`warning node-selector-term-empty @ ${REQ}.nodeSelectorTerms[1]`]);
    const allEmpty = text.replace(
      '- matchExpressions: [{key: disktype, operator: In, values: [ssd]}]',
      '- {matchExpressions: []}',
    );
    const issues = checkText(allEmpty).issues.filter((i) => i.code === 'node-selector-term-empty');
    expect(issues.map((i) => i.severity)).toEqual(['warning', 'warning']);
    expect(issues[0]?.message).toContain('never scheduled');
    expect(checkText(text).issues.find((i) => i.code === 'node-selector-term-empty')?.message).toContain(
      'ORed',
    );
  });
  it('wants a key that is a qualified name', () => {
    expect(problems(nodeRequired('{operator: Exists}'))).toEqual([
      `error selector-key-missing @ ${REQ}.nodeSelectorTerms[0].matchExpressions[0].key`,
    ]);
    expect(problems(nodeRequired('{key: "gpu type", operator: Exists}'))).toEqual([
      `error selector-key-invalid @ ${REQ}.nodeSelectorTerms[0].matchExpressions[0].key`,
    ]);
  });
  it('wants an operator, and leaves a misspelt one to the walker', () => {
    expect(problems(nodeRequired('{key: disktype, values: [ssd]}'))).toEqual([
      `error selector-operator-missing @ ${REQ}.nodeSelectorTerms[0].matchExpressions[0].operator`,
    ]);
    expect(problems(nodeRequired('{key: disktype, operator: in}'))).toEqual([
      `error invalid-enum @ ${REQ}.nodeSelectorTerms[0].matchExpressions[0].operator`,
    ]);
  });
  it('checks the number of values for each operator', () => {
    const at = `${REQ}.nodeSelectorTerms[0].matchExpressions[0].values`;
    expect(problems(nodeRequired('{key: disktype, operator: In}'))).toEqual([
      `error selector-values-required @ ${at}`,
    ]);
    expect(problems(nodeRequired('{key: disktype, operator: NotIn, values: []}'))).toEqual([
      `error selector-values-required @ ${at}`,
    ]);
    expect(problems(nodeRequired('{key: gpu, operator: Exists, values: ["true"]}'))).toEqual([
      `error selector-values-forbidden @ ${at}`,
    ]);
    expect(problems(nodeRequired('{key: cores, operator: Gt, values: ["4", "8"]}'))).toEqual([
      `error selector-values-single @ ${at}`,
    ]);
  });
  it('warns that Gt and Lt need an integer', () => {
    const at = `${REQ}.nodeSelectorTerms[0].matchExpressions[0].values[0]`;
    expect(problems(nodeRequired('{key: cores, operator: Lt, values: ["8"]}'))).toEqual([]);
    expect(problems(nodeRequired('{key: cores, operator: Lt, values: ["8.5"]}'))).toEqual([
      `warning selector-value-not-integer @ ${at}`,
    ]);
  });
  it('checks label values in required terms only', () => {
    expect(problems(nodeRequired('{key: team, operator: In, values: ["data science"]}'))).toEqual([
      `error selector-value-invalid @ ${REQ}.nodeSelectorTerms[0].matchExpressions[0].values[0]`,
    ]);
    const lax = nodePreferred(
      '{weight: 10, preference: {matchExpressions: [{key: team, operator: In, values: ["a b"]}]}}',
    );
    expect(problems(lax)).toEqual([]);
  });
  it('warns about deprecated node labels', () => {
    const text = nodeRequired('{key: failure-domain.beta.kubernetes.io/zone, operator: In, values: [a]}');
    expect(problems(text)).toEqual([
      `warning node-affinity-deprecated-label @ ${REQ}.nodeSelectorTerms[0].matchExpressions[0].key`,
    ]);
    expect(findings(text).find((f) => f.code === 'node-affinity-deprecated-label')).toBeDefined();
  });
});
