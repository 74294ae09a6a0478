import { describe, expect, it } from 'vitest';
import { applyEdits } from '../edit/edit';
import { source } from '../testing/source';
import {
  append,
  move,
  readSnapshot,
  renameKey,
  setValue,
  unset,
  field,
  items,
  view,
  otherKeys,
  entries,
} from './index';

const TARGET = { doc: 0, path: ['environment'] } as const;

function rootOf(text: string) {
  const snap = readSnapshot(text, TARGET);
  if (snap.status !== 'ok') throw new Error(snap.message);
  return view(TARGET.path, snap.value);
}

function run(text: string, edits: ReturnType<typeof unset>): string {
  const r = applyEdits(text, edits);
  if (!r.ok) throw new Error(r.error);
  return r.text;
}

describe('readSnapshot', () => {
  it('reads the section as written', () => {
    expect(readSnapshot('environment:\n  node_name: a # me\n', TARGET)).toEqual({
      status: 'ok',
      value: { node_name: 'a' },
      exists: true,
    });
  });
  it('gives an empty section when there is none yet', () => {
    expect(readSnapshot('', TARGET)).toMatchObject({ status: 'ok', value: {}, exists: false });
    expect(readSnapshot('environment:\n', TARGET)).toMatchObject({ status: 'ok', value: {}, exists: true });
  });
  it('says where the text stops parsing', () => {
    const snap = readSnapshot('environment:\n  labels: {a: b\n', TARGET);
    expect(snap.status).toBe('syntax');
    if (snap.status === 'syntax') expect(snap.at.line).toBeGreaterThanOrEqual(2);
  });
  it('refuses a section that is not a mapping', () => {
    expect(readSnapshot('environment: [a]\n', TARGET).status).toBe('not-a-map');
  });
});

describe('views', () => {
  it('follows the spelling in the document', () => {
    const root = rootOf('environment:\n  node_selector: {a: b}\n  hostPID: true\n');
    expect(field(root, 'nodeSelector').path).toEqual(['environment', 'node_selector']);
    expect(field(root, 'hostPID').path).toEqual(['environment', 'hostPID']);
    expect(field(root, 'labels').path).toEqual(['environment', 'labels']);
    expect(otherKeys(root, ['nodeSelector', 'hostPID'])).toEqual([]);
    expect(otherKeys(rootOf('environment:\n  colour: red\n'), ['nodeSelector'])).toEqual(['colour']);
  });

  it('reads a snake_case spelling only where Polyaxon snake-cases keys', () => {
    const root = rootOf(
      [
        'environment:',
        '  security_context:',
        '    run_as_user: 1000',
        '    seccomp_profile: {type: Localhost, localhost_profile: p.json}',
        '  tolerations:',
        '    - {key: gpu, toleration_seconds: 30}',
        '  affinity:',
        '    node_affinity:',
        '      required_during_scheduling_ignored_during_execution: {}',
        '',
      ].join('\n'),
    );
    // Section keys and the top-level keys of each Kubernetes object (each toleration) are read
    // snake_cased, as Polyaxon does.
    const security = field(root, 'securityContext');
    expect(field(security, 'runAsUser').value).toBe(1000);
    const seccomp = field(security, 'seccompProfile');
    expect(seccomp.path).toEqual(['environment', 'security_context', 'seccomp_profile']);
    const [toleration] = items(field(root, 'tolerations'));
    expect(toleration && field(toleration, 'tolerationSeconds').value).toBe(30);
    const nodeAffinity = field(field(root, 'affinity'), 'nodeAffinity');
    expect(nodeAffinity.path).toEqual(['environment', 'affinity', 'node_affinity']);
    // Below that, the key is sent as written and Kubernetes drops it: the form reads the
    // camelCase name only, and lists the other spelling as a key it does not show.
    expect(field(seccomp, 'localhostProfile')).toMatchObject({
      path: ['environment', 'security_context', 'seccomp_profile', 'localhostProfile'],
      value: undefined,
    });
    expect(otherKeys(seccomp, ['type', 'localhostProfile'])).toEqual(['localhost_profile']);
    expect(field(nodeAffinity, 'requiredDuringSchedulingIgnoredDuringExecution').value).toBeUndefined();
  });

  it('never takes a label named like a Kubernetes field for one', () => {
    const root = rootOf('environment:\n  labels:\n    affinity: {x: {run_as_user: 1}}\n');
    const [[, label] = []] = entries(field(root, 'labels'));
    expect(label && field(field(label, 'x'), 'runAsUser').value).toBe(1);
  });
});

describe('intents', () => {
  it('unsets a value and the containers it leaves empty, keeping comments elsewhere', () => {
    const text = source`
      environment:
        # where DNS goes
        dnsConfig:
          options:
            - name: ndots
        nodeName: a # pinned
    `;
    const root = rootOf(text);
    const out = run(text, unset(root, ['environment', 'dnsConfig', 'options', 0, 'name']));
    expect(out).toBe('environment:\n  nodeName: a # pinned\n');
  });
  it('treats an empty input as unset and skips no-op sets', () => {
    const text = 'environment:\n  nodeName: a\n  priority: 5\n';
    const root = rootOf(text);
    expect(setValue(root, ['environment', 'priority'], 5)).toEqual([]);
    expect(run(text, setValue(root, ['environment', 'nodeName'], ''))).toBe('environment:\n  priority: 5\n');
    expect(run(text, setValue(root, ['environment', 'nodeName'], 'on'))).toBe(
      'environment:\n  nodeName: "on"\n  priority: 5\n',
    );
  });
  it('appends, moves and renames', () => {
    const text = 'environment:\n  labels:\n    a: "1"\n    b: "2"\n';
    const root = rootOf(text);
    const labels = field(root, 'labels');
    expect(run(text, move(labels, 0, 1))).toBe('environment:\n  labels:\n    b: "2"\n    a: "1"\n');
    expect(run(text, renameKey(labels, 'a', 'team'))).toBe(
      'environment:\n  labels:\n    team: "1"\n    b: "2"\n',
    );
    expect(renameKey(labels, 'a', 'b')).toEqual([]);
    const tols = field(root, 'tolerations');
    expect(items(tols)).toEqual([]);
    expect(run(text, append(tols, { key: 'gpu', operator: 'Exists' }))).toContain(
      'tolerations:\n    - key: gpu\n      operator: Exists\n',
    );
  });
});
