import { describe, expect, it } from 'vitest';
import { source } from '../../testing/source';
import { applyFix, offered } from '../testing';

describe('tabs in indentation', () => {
  it('replaces every indenting tab of a tab-indented document', () => {
    const text = 'environment:\n\tnodeName: a # x\n\tlabels:\n\t\tteam: "a\tb"\n';
    const fixed = applyFix(text, 'yaml-tab-indent');
    expect(fixed).toMatchObject({ safe: true, titles: ['Replace tabs with 2 spaces'], again: [] });
    expect(fixed.text).toBe('environment:\n  nodeName: a # x\n  labels:\n    team: "a\tb"\n');
  });
  it('offers each reading when tabs and spaces mix', () => {
    const text = 'environment:\n  labels:\n\tteam: a\n';
    expect(offered(text, 'yaml-tab-indent')).toEqual([
      'suggestion: Replace tabs with 2 spaces',
      'suggestion: Replace tabs with 4 spaces',
    ]);
    expect(applyFix(text, 'yaml-tab-indent', 'Replace tabs with 4 spaces')).toMatchObject({
      text: 'environment:\n  labels:\n    team: a\n',
      again: [],
    });
  });
});

describe('an environment where Polyaxon does not read it', () => {
  it('moves a component-level environment under run, comments and quoting kept', () => {
    const text = source`
      kind: component
      environment:
        nodeName: a  # pinned
        labels:
          tier: "1"
      run:
        kind: job
        container: {image: x}
    `;
    const fixed = applyFix(text, 'environment-misplaced');
    expect(fixed).toMatchObject({ safe: true, titles: ['Move to run.environment'], again: [] });
    expect(fixed.text).toBe(source`
      kind: component
      run:
        kind: job
        container: {image: x}
        environment:
          nodeName: a  # pinned
          labels:
            tier: "1"
    `);
  });
  it('moves an environment out of the container', () => {
    const text = source`
      kind: component
      run:
        kind: job
        container:
          image: x
          environment:
            nodeName: b
        init: []
    `;
    expect(applyFix(text, 'environment-misplaced')).toMatchObject({
      text: source`
        kind: component
        run:
          kind: job
          container:
            image: x
          init: []
          environment:
            nodeName: b
      `,
      again: [],
    });
  });
  it('takes the comments above the key, on its line and under its value along', () => {
    const text = source`
      kind: component
      # scheduling for the GPU pool
      environment: # TODO move
        # GPU nodes only
        nodeSelector:
          pool: gpu
        # hostNetwork: true
      # the job
      run:
        kind: job
        container:
          image: x
    `;
    const fixed = applyFix(text, 'environment-misplaced');
    expect(fixed).toMatchObject({ safe: true, again: [] });
    expect(fixed.text).toBe(source`
      kind: component
      # the job
      run:
        kind: job
        container:
          image: x
        # scheduling for the GPU pool
        environment: # TODO move
          # GPU nodes only
          nodeSelector:
            pool: gpu
          # hostNetwork: true
    `);
  });
  it('moves an operation-level environment into a new runPatch, CRLF kept', () => {
    const text =
      'kind: operation\r\nhubRef: x\r\n# env\r\nenvironment:\r\n  nodeName: a # n\r\nparams: {}\r\n';
    expect(applyFix(text, 'environment-misplaced')).toMatchObject({
      titles: ['Move to runPatch.environment'],
      text: 'kind: operation\r\nhubRef: x\r\nparams: {}\r\nrunPatch:\r\n  # env\r\n  environment:\r\n    nodeName: a # n\r\n',
      again: [],
    });
  });
  it('writes a flow run anew (the environment cannot be moved into it as text)', () => {
    const text = 'kind: component\nenvironment: # e\n  nodeName: a\nrun: {kind: job}\n';
    expect(applyFix(text, 'environment-misplaced')).toMatchObject({
      text: 'kind: component\nrun: {kind: job, environment: {nodeName: a}}\n',
      again: [],
    });
  });
  it('offers nothing when the target already has an environment', () => {
    const text =
      'kind: component\nenvironment: {nodeName: a}\nrun:\n  kind: job\n  environment: {nodeName: b}\n';
    expect(offered(text, 'environment-misplaced')).toEqual([]);
  });
});
