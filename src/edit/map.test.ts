import { describe, it } from 'vitest';
import { source } from '../testing/source';
import { expectEdit, expectRefusal } from './testHelpers';

const env = source`
  # Polyaxon environment

  environment:
    # who runs it
    serviceAccountName: robot  # 日本語のコメント

    # where it runs
    nodeSelector:
      disk: ssd
      zone: "eu-1"
    labels: {team: a, tier: b}
`;

describe('remove in maps', () => {
  it('removes an entry with the comment lines directly above it', () => {
    expectEdit(
      env,
      { op: 'remove', path: ['environment', 'nodeSelector'] },
      source`
      # Polyaxon environment

      environment:
        # who runs it
        serviceAccountName: robot  # 日本語のコメント

        labels: {team: a, tier: b}
    `,
    );
  });

  it('drops one of two blank lines around the removed entry', () => {
    expectEdit('a: 1\n\nb: 2\n\nc: 3\n', { op: 'remove', path: ['b'] }, 'a: 1\n\nc: 3\n');
  });

  it('keeps comments that are separated by a blank line or at another column', () => {
    const input = source`
      a:
        x: 1
        # commented: out

      # unrelated

      b: 2
      c: 3
    `;
    expectEdit(
      input,
      { op: 'remove', path: ['b'] },
      'a:\n  x: 1\n  # commented: out\n\n# unrelated\n\nc: 3\n',
    );
  });

  it('removes nested entries in a four-space document', () => {
    const input = 'e:\n    n:\n        a: 1\n        b: 2\n    z: 1\n';
    expectEdit(input, { op: 'remove', path: ['e', 'n', 'a'] }, 'e:\n    n:\n        b: 2\n    z: 1\n');
  });

  it('leaves {} when the last entry of a nested map goes, and an empty document at the root', () => {
    expectEdit(
      'e:\n  n:\n    # only\n    a: 1\n  z: 1\n',
      { op: 'remove', path: ['e', 'n', 'a'] },
      'e:\n  n: {}\n  z: 1\n',
    );
    expectEdit('# head\n\na: 1\n', { op: 'remove', path: ['a'] }, '# head\n\n');
  });

  it('removes flow entries with their comma', () => {
    expectEdit(
      env,
      { op: 'remove', path: ['environment', 'labels', 'team'] },
      env.replace('{team: a, tier: b}', '{tier: b}'),
    );
    expectEdit(
      env,
      { op: 'remove', path: ['environment', 'labels', 'tier'] },
      env.replace('{team: a, tier: b}', '{team: a}'),
    );
    expectEdit('l: {a: 1}\n', { op: 'remove', path: ['l', 'a'] }, 'l: {}\n');
  });

  it('refuses what is not there', () => {
    expectRefusal(env, { op: 'remove', path: ['environment', 'nope'] }, /no key "nope"/);
    expectRefusal(env, { op: 'remove', path: ['environment', 'nope', 'x'] }, /environment\.nope is missing/);
    expectRefusal(env, { op: 'remove', path: [] }, /root/);
  });
});

describe('move in maps', () => {
  it('moves an entry with its attached comments; blank lines stay', () => {
    expectEdit(
      env,
      { op: 'move', path: ['environment'], from: 2, to: 0 },
      source`
      # Polyaxon environment

      environment:
        labels: {team: a, tier: b}
        # who runs it
        serviceAccountName: robot  # 日本語のコメント

        # where it runs
        nodeSelector:
          disk: ssd
          zone: "eu-1"
    `,
    );
  });

  it('moves flow entries', () => {
    expectEdit('l: {a: 1, b: 2}\n', { op: 'move', path: ['l'], from: 0, to: 1 }, 'l: {b: 2, a: 1}\n');
  });
});

describe('renameKey', () => {
  it('renames the key only', () => {
    expectEdit(
      env,
      { op: 'renameKey', path: ['environment', 'serviceAccountName'], newKey: 'service_account_name' },
      env.replace('serviceAccountName:', 'service_account_name:'),
    );
  });

  it('keeps the key quote style and quotes keys that need it', () => {
    expectEdit("'a': 1\n", { op: 'renameKey', path: ['a'], newKey: 'b' }, "'b': 1\n");
    expectEdit('a: 1\n', { op: 'renameKey', path: ['a'], newKey: 'on' }, '"on": 1\n');
    expectEdit('l: {a: 1}\n', { op: 'renameKey', path: ['l', 'a'], newKey: 'x,y' }, 'l: {"x,y": 1}\n');
  });

  it('refuses a rename onto an existing key or of a list item', () => {
    expectRefusal('a: 1\nb: 2\n', { op: 'renameKey', path: ['a'], newKey: 'b' }, /already exists/);
    expectRefusal('- 1\n', { op: 'renameKey', path: [0], newKey: 'b' }, /not a map entry/);
  });
});
