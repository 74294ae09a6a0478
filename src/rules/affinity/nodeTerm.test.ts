import { describe, expect, it } from 'vitest';
import { findings } from '../../testing/judge';
import { source } from '../../testing/source';
import { nodePreferred, nodeRequired, problems } from './testing';

const NA = 'environment.affinity.nodeAffinity';
const REQ = `${NA}.requiredDuringSchedulingIgnoredDuringExecution`;
const PREF = `${NA}.preferredDuringSchedulingIgnoredDuringExecution`;

describe('matchFields', () => {
  const at = `${REQ}.nodeSelectorTerms[0].matchFields[0]`;
  it('accepts one node name', () => {
    expect(
      problems(nodeRequired('{key: metadata.name, operator: In, values: [gpu-node-7]}', 'matchFields')),
    ).toEqual([]);
  });
  it('only selects on metadata.name', () => {
    expect(
      problems(nodeRequired('{key: metadata.labels, operator: In, values: [x]}', 'matchFields')),
    ).toEqual([`error match-fields-key-invalid @ ${at}.key`]);
  });
  it('only supports In and NotIn', () => {
    expect(problems(nodeRequired('{key: metadata.name, operator: Exists}', 'matchFields'))).toEqual([
      `error match-fields-operator-invalid @ ${at}.operator`,
    ]);
  });
  it('takes exactly one valid node name', () => {
    expect(
      problems(nodeRequired('{key: metadata.name, operator: In, values: [a, b]}', 'matchFields')),
    ).toEqual([`error match-fields-values-single @ ${at}.values`]);
    expect(
      problems(nodeRequired('{key: metadata.name, operator: In, values: [Node_1]}', 'matchFields')),
    ).toEqual([`error match-fields-value-invalid @ ${at}.values[0]`]);
  });
});

describe('preferred node affinity', () => {
  it('accepts a weighted preference', () => {
    expect(
      problems(
        nodePreferred(
          '{weight: 80, preference: {matchExpressions: [{key: disktype, operator: In, values: [ssd]}]}}',
        ),
      ),
    ).toEqual([]);
  });
  it('wants a weight from 1 to 100', () => {
    const term = '{weight: 0, preference: {matchExpressions: [{key: a, operator: Exists}]}}';
    expect(findings(nodePreferred(term))).toContainEqual({
      code: 'weight-out-of-range',
      path: `${PREF}[0].weight`,
      severity: 'error',
    });
    expect(problems(nodePreferred(term.replace('0', '101')))).toEqual([
      `error weight-out-of-range @ ${PREF}[0].weight`,
    ]);
    expect(problems(nodePreferred('{preference: {matchExpressions: [{key: a, operator: Exists}]}}'))).toEqual(
      [`error weight-missing @ ${PREF}[0].weight`],
    );
  });
  it('wants a preference that tests something', () => {
    expect(problems(nodePreferred('{weight: 5}'))).toEqual([
      `error node-preference-missing @ ${PREF}[0].preference`,
    ]);
    expect(problems(nodePreferred('{weight: 5, preference: {}}'))).toEqual([
      `warning node-preference-empty @ ${PREF}[0].preference`,
    ]);
  });
});

describe('node affinity in other sections', () => {
  it('checks the cleaner', () => {
    const text = source`
      cleaner:
        affinity:
          nodeAffinity:
            preferredDuringSchedulingIgnoredDuringExecution:
              - {weight: 200, preference: {matchExpressions: [{key: pool, operator: In, values: [system]}]}}
    `;
    expect(problems(text)).toEqual([
      'error weight-out-of-range @ cleaner.affinity.nodeAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].weight',
    ]);
  });
  it('checks a Deployment, where a missing preference is only a no-op', () => {
    const text = source`
      apiVersion: apps/v1
      kind: Deployment
      metadata: {name: web}
      spec:
        template:
          spec:
            containers: [{name: web, image: nginx}]
            affinity:
              nodeAffinity:
                requiredDuringSchedulingIgnoredDuringExecution:
                  nodeSelectorTerms:
                    - matchExpressions: [{key: disktype, operator: Exists, values: [ssd]}]
                preferredDuringSchedulingIgnoredDuringExecution:
                  - {weight: 10}
    `;
    const base = 'spec.template.spec.affinity.nodeAffinity';
    expect(problems(text)).toEqual([
      `error selector-values-forbidden @ ${base}.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[0].values`,
      `warning node-preference-missing @ ${base}.preferredDuringSchedulingIgnoredDuringExecution[0].preference`,
    ]);
  });
});
