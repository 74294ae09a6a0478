import { describe, expect, it } from 'vitest';
import type { Issue, Path } from '../../src/index';
import { checkText, form } from '../../src/index';
import { shareStructure } from '../state/shareStructure';
import type { FormApi } from './FormContext';
import { indexIssues } from './FormContext';
import { narrowForm } from './narrowForm';

const edit = (): void => undefined;
const getFixes = () => Promise.resolve([]);
const applyFix = (): void => undefined;
const fixable = new Set<string>();

function apiOf(value: Record<string, unknown>, issues: readonly Issue[] = [], readOnly = false): FormApi {
  return {
    root: form.view(['environment'], value),
    kind: 'environment',
    readOnly,
    issuesByPath: indexIssues(issues),
    edit,
    fixable,
    getFixes,
    applyFix,
  };
}

function issueAt(path: Path, offset: number, code = 'some-code'): Issue {
  const at = { line: 1, col: offset + 1, offset };
  return {
    severity: 'error',
    code,
    message: 'wrong',
    path,
    range: { start: at, end: at },
    source: 'kubernetes',
    doc: 0,
  };
}

describe('narrowForm', () => {
  const value = {
    labels: { team: 'ml' },
    node_selector: { pool: 'gpu' },
    tolerations: [{ key: 'gpu' }],
  };

  it('shows a panel its own fields only, in the spelling written', () => {
    const labels = narrowForm(apiOf(value), ['labels'], null);
    expect(labels.root).toEqual({ path: ['environment'], value: { labels: { team: 'ml' } } });
    const nodes = narrowForm(apiOf(value), ['nodeSelector'], null);
    expect(form.field(nodes.root, 'nodeSelector')).toEqual({
      path: ['environment', 'node_selector'],
      value: { pool: 'gpu' },
      k8sDepth: -1,
    });
    expect(narrowForm(apiOf(value), ['affinity'], null).root.value).toEqual({});
  });

  it('stays the same object while only other fields change', () => {
    const first = narrowForm(apiOf(value), ['tolerations'], null);
    const edited = shareStructure(value, { ...structuredClone(value), labels: { team: 'mlx' } });
    expect(narrowForm(apiOf(edited), ['tolerations'], first)).toBe(first);
    const own = shareStructure(value, { ...structuredClone(value), tolerations: [{ key: 'spot' }] });
    const next = narrowForm(apiOf(own), ['tolerations'], first);
    expect(next).not.toBe(first);
    expect(next.root.value).toEqual({ tolerations: [{ key: 'spot' }] });
    expect(narrowForm(apiOf(value, [], true), ['tolerations'], first).readOnly).toBe(true);
  });

  it('keeps the issues under its fields, and the same index while they say the same', () => {
    const issues = [
      issueAt(['environment', 'tolerations', 0, 'effect'], 40),
      issueAt(['environment', 'tolerations'], 30),
      issueAt(['environment', 'labels', 'team'], 10),
      issueAt(['environment', 'tolerationsX'], 50),
      issueAt(['environment'], 0),
    ];
    const first = narrowForm(apiOf(value, issues), ['tolerations'], null);
    expect([...first.issuesByPath.keys()].sort()).toEqual([
      'environment.tolerations',
      'environment.tolerations[0].effect',
    ]);
    // A new check result: new objects, the same findings.
    const again = narrowForm(apiOf(value, structuredClone(issues)), ['tolerations'], first);
    expect(again).toBe(first);
    // Text typed above moved the findings: their ranges are new, so is the index.
    const moved = issues.map((i) => issueAt(i.path, i.range.start.offset + 1));
    const next = narrowForm(apiOf(value, moved), ['tolerations'], first);
    expect(next).not.toBe(first);
    expect(next.root).toBe(first.root);
    expect(next.issuesByPath.get('environment.tolerations')?.[0]?.range.start.offset).toBe(31);
    // A finding about another panel's field does not concern this one.
    const other = [...structuredClone(issues), issueAt(['environment', 'labels'], 5)];
    expect(narrowForm(apiOf(value, other), ['tolerations'], first)).toBe(first);
  });

  it('reads the issues of a real check by their written paths', () => {
    const text =
      'environment:\n  tolerations:\n    - key: gpu\n      effect: noschedule\n  labels:\n    team: ml\n';
    const { issues } = checkText(text);
    const scoped = narrowForm(apiOf(value, issues), ['tolerations'], null);
    const codes = [...scoped.issuesByPath.values()].flat().map((i) => i.code);
    expect(codes.length).toBeGreaterThan(0);
    expect(codes).toEqual(issues.filter((i) => i.path[1] === 'tolerations').map((i) => i.code));
  });
});
