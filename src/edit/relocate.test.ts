import { describe, expect, it } from 'vitest';
import { source } from '../testing/source';
import type { Path } from '../path/path';
import { applyEdit, type Edit } from './edit';
import { crlf, expectEdit, expectEdits, expectRefusal } from './testHelpers';

function relocate(path: Path, to: Path): Edit {
  return { op: 'relocate', path, to };
}

// Every flat amount of a cleaner's resources moved under requests, one after another.
function underRequests(keys: readonly string[]): Edit[] {
  const resources = ['cleaner', 'resources'];
  return keys.map((k) => relocate([...resources, k], [...resources, 'requests', k]));
}

describe('relocate: the entry moves as written', () => {
  it('takes the comments above, inside and after the entry; the rest stays byte for byte', () => {
    const input = source`
      kind: component   # a component
      # the environment, written at the wrong level
      environment:   # here
        # pin it
        nodeName: a  # pinned
        labels:
          # cost
          tier: "1"   # quoted
          # team: later
      # the run
      run:
        kind: job
        container: {image: x}  # keep
    `;
    expectEdit(
      input,
      relocate(['environment'], ['run', 'environment']),
      source`
      kind: component   # a component
      # the run
      run:
        kind: job
        container: {image: x}  # keep
        # the environment, written at the wrong level
        environment:   # here
          # pin it
          nodeName: a  # pinned
          labels:
            # cost
            tier: "1"   # quoted
            # team: later
    `,
    );
  });

  it('moves an entry left, out of a map it was the only entry of, which stays as {}', () => {
    const input = source`
      run:
        kind: job
        container:
          # misplaced
          environment:
            nodeSelector:
              disk: ssd
            # hostNetwork: true
        init: []
    `;
    expectEdit(
      input,
      relocate(['run', 'container', 'environment'], ['run', 'environment']),
      source`
      run:
        kind: job
        container: {}
        init: []
        # misplaced
        environment:
          nodeSelector:
            disk: ssd
          # hostNetwork: true
    `,
    );
  });

  it('creates the missing map and keeps quoting and comments of each moved entry', () => {
    const input = source`
      # values
      cleaner:
        resources:
          # CPU for the cleaner
          cpu: 100m   # small
          # memory
          memory: "1Gi" # enough
          # end of resources
        imagePullPolicy: Always
    `;
    expectEdits(
      input,
      underRequests(['cpu', 'memory']),
      source`
      # values
      cleaner:
        resources:
          requests:
            # CPU for the cleaner
            cpu: 100m   # small
            # memory
            memory: "1Gi" # enough
          # end of resources
        imagePullPolicy: Always
    `,
    );
  });

  it('indents like a four-space document', () => {
    expectEdits(
      'cleaner:\n    resources:\n        # c\n        cpu: 1   # one\n        memory: 2Gi\n    image: x\n',
      underRequests(['cpu', 'memory']),
      'cleaner:\n    resources:\n        requests:\n            # c\n            cpu: 1   # one\n            memory: 2Gi\n    image: x\n',
    );
    expectEdit(
      'environment:\n    labels:\n        a: "1"\nrun:\n    kind: job\n',
      relocate(['environment'], ['run', 'environment']),
      'run:\n    kind: job\n    environment:\n        labels:\n            a: "1"\n',
    );
  });

  it('keeps CRLF line ends, the moved lines and the new ones alike', () => {
    expectEdits(
      crlf('cleaner:\n  resources:\n    # c\n    cpu: 1   # one\n    memory: 2Gi\n'),
      underRequests(['cpu', 'memory']),
      crlf('cleaner:\n  resources:\n    requests:\n      # c\n      cpu: 1   # one\n      memory: 2Gi\n'),
    );
    expectEdit(
      crlf('environment:\n  # n\n  nodeName: a\nrun:\n  kind: job\n'),
      relocate(['environment'], ['run', 'environment']),
      crlf('run:\n  kind: job\n  environment:\n    # n\n    nodeName: a\n'),
    );
  });

  it('keeps a | block scalar, its blank and more-indented lines, moved left or right', () => {
    const scalar = ['note: |', '  line one', '', '    indented', '  # not a comment', 'tier: a'];
    const at = (col: number): string => scalar.map((l) => (l === '' ? l : ' '.repeat(col) + l)).join('\n');
    expectEdit(
      `run:\n  container:\n    environment:\n      annotations:\n${at(8)}\n  kind: job\n`,
      relocate(['run', 'container', 'environment'], ['run', 'environment']),
      `run:\n  container: {}\n  kind: job\n  environment:\n    annotations:\n${at(6)}\n`,
    );
    expectEdit(
      `environment:\n  annotations:\n${at(4)}\nrun:\n  kind: job\n`,
      relocate(['environment'], ['run', 'environment']),
      `run:\n  kind: job\n  environment:\n    annotations:\n${at(6)}\n`,
    );
  });

  it('drops one of the blank lines around the entry and keeps those inside it', () => {
    expectEdit(
      'kind: component\n\n# env\nenvironment:\n  a: 1\n\n  b: 2\n\nrun:\n  kind: job\n',
      relocate(['environment'], ['run', 'environment']),
      'kind: component\n\nrun:\n  kind: job\n  # env\n  environment:\n    a: 1\n\n    b: 2\n',
    );
  });

  it('handles a text without a final line break, where the entry ends it or goes', () => {
    expectEdit(
      'run:\n  kind: job\nenvironment:\n  nodeName: a # x',
      relocate(['environment'], ['run', 'environment']),
      'run:\n  kind: job\n  environment:\n    nodeName: a # x',
    );
    expectEdit(
      'environment:\n  nodeName: a # x\nrun:\n  kind: job',
      relocate(['environment'], ['run', 'environment']),
      'run:\n  kind: job\n  environment:\n    nodeName: a # x',
    );
    expectEdits(
      'cleaner:\n  resources:\n    cpu: 1 # x',
      underRequests(['cpu']),
      'cleaner:\n  resources:\n    requests:\n      cpu: 1 # x',
    );
  });

  it('puts the entry under the key of an empty target map (none, null or {})', () => {
    for (const empty of ['', ' ~', ' {}', ' null']) {
      expectEdit(
        `kind: operation\nenvironment:\n  nodeName: a # x\nrunPatch:${empty}  # patch\nname: n\n`,
        relocate(['environment'], ['runPatch', 'environment']),
        'kind: operation\nrunPatch:  # patch\n  environment:\n    nodeName: a # x\nname: n\n',
      );
    }
    expectEdit(
      'kind: operation\nenvironment: # e\n  nodeName: a\n',
      relocate(['environment'], ['runPatch', 'environment']),
      'kind: operation\nrunPatch:\n  environment: # e\n    nodeName: a\n',
    );
  });

  it('renames the key when the target names another, in the key quote style', () => {
    expectEdit("a:\n  'x': 1 # c\n  y: 2\n", relocate(['a', 'x'], ['a', 'z']), "a:\n  y: 2\n  'z': 1 # c\n");
  });

  it('moves the first key of a list item, leaving the item', () => {
    expectEdit(
      'ops:\n  - environment:\n      nodeName: a\n    name: x\n    run:\n      kind: job\n',
      relocate(['ops', 0, 'environment'], ['ops', 0, 'run', 'environment']),
      'ops:\n  - name: x\n    run:\n      kind: job\n      environment:\n        nodeName: a\n',
    );
  });

  it('changes only its own document', () => {
    expectEdit(
      'a: 1 # one\n---\nenvironment:\n  n: 1 # n\nrun:\n  kind: job\n---\nb: 2 # two\n',
      relocate(['environment'], ['run', 'environment']),
      'a: 1 # one\n---\nrun:\n  kind: job\n  environment:\n    n: 1 # n\n---\nb: 2 # two\n',
      { doc: 1 },
    );
  });
});

describe('relocate: flow style', () => {
  it('moves a flow value of a block entry as text', () => {
    expectEdit(
      "environment: {nodeName: 'a'}  # e\nrun:\n  kind: job\n",
      relocate(['environment'], ['run', 'environment']),
      "run:\n  kind: job\n  environment: {nodeName: 'a'}  # e\n",
    );
  });

  it('writes the value anew when the entry sits in a flow map (its text cannot move)', () => {
    expectEdits(
      "cleaner:\n  resources: { cpu: 0.5,  memory: '2Gi' }  # flow\n",
      underRequests(['cpu', 'memory']),
      'cleaner:\n  resources: { requests: {cpu: 0.5, memory: 2Gi} }  # flow\n',
    );
  });

  it('writes the value anew into a flow target: comments inside the moved entry are lost', () => {
    expectEdit(
      "environment: # e\n  # n\n  nodeName: 'a'\nrun: {kind: job}\n",
      relocate(['environment'], ['run', 'environment']),
      'run: {kind: job, environment: {nodeName: a}}\n',
    );
  });
});

describe('relocate: refusals and repeats', () => {
  it('refuses a missing entry, an existing target and a target inside the entry', () => {
    expectRefusal('a: 1\nb: 2\n', relocate(['a'], ['b']), /Cannot move a to b: it already exists/);
    expectRefusal('a:\n  b: 1\n', relocate(['a'], ['a', 'c']), /Cannot move a into itself/);
    expectRefusal('a:\n  b: 1\n', relocate(['x'], ['a', 'x']), /has no key "x"/);
    expectRefusal('a:\n  - 1\n', relocate(['a', 0], ['b']), /not a map entry/);
    expectRefusal('a: 1\nb: 2\n', relocate(['a'], ['b', 'a']), /scalar/);
  });

  it('cannot apply twice: the entry is gone the second time', () => {
    const edit = relocate(['environment'], ['run', 'environment']);
    const once = applyEdit('environment:\n  a: 1\nrun:\n  kind: job\n', edit);
    expect(once.ok).toBe(true);
    if (once.ok) expect(applyEdit(once.text, edit).ok).toBe(false);
  });
});
