import { describe, it } from 'vitest';
import { source } from '../testing/source';
import { expectEdit, expectRefusal } from './testHelpers';

const indented = source`
  environment:
    tolerations:
      # GPU nodes
      - key: nvidia.com/gpu
        operator: Exists  # 日本語のコメント
        effect: NoSchedule

      - key: spot
        value: "true"
    hostNetwork: false
`;

const flush = source`
  environment:
    tolerations:
    - key: a
      effect: NoSchedule
    # about b
    - key: b
    hostNetwork: false
`;

describe('insert', () => {
  it('appends a map item after the last item, at the items indentation', () => {
    expectEdit(
      indented,
      {
        op: 'insert',
        path: ['environment', 'tolerations'],
        index: 2,
        value: { key: 'c', operator: 'Exists' },
      },
      source`
      environment:
        tolerations:
          # GPU nodes
          - key: nvidia.com/gpu
            operator: Exists  # 日本語のコメント
            effect: NoSchedule

          - key: spot
            value: "true"
          - key: c
            operator: Exists
        hostNetwork: false
    `,
    );
  });

  it('inserts before an item and its attached comments, in a list not indented under its key', () => {
    expectEdit(
      flush,
      { op: 'insert', path: ['environment', 'tolerations'], index: 1, value: { key: 'n' } },
      source`
      environment:
        tolerations:
        - key: a
          effect: NoSchedule
        - key: "n"
        # about b
        - key: b
        hostNetwork: false
    `,
    );
    expectEdit(
      indented,
      { op: 'insert', path: ['environment', 'tolerations'], index: 0, value: 'x' },
      source`
      environment:
        tolerations:
          - x
          # GPU nodes
          - key: nvidia.com/gpu
            operator: Exists  # 日本語のコメント
            effect: NoSchedule

          - key: spot
            value: "true"
        hostNetwork: false
    `,
    );
  });

  it('inserts into a flow list in flow syntax', () => {
    expectEdit('s: [a, b]\n', { op: 'insert', path: ['s'], index: 1, value: 'x y' }, 's: [a, x y, b]\n');
    expectEdit(
      's: [a, b]\n',
      { op: 'insert', path: ['s'], index: 2, value: { k: 'v' } },
      's: [a, b, {k: v}]\n',
    );
    expectEdit('s: [ ]\n', { op: 'insert', path: ['s'], index: 0, value: 'a' }, 's:\n  - a\n');
    expectEdit('s: [[]]\n', { op: 'insert', path: ['s', 0], index: 0, value: 'a' }, 's: [[a]]\n');
  });

  it('creates the list when it is missing or empty', () => {
    expectEdit(
      'e:\n  a: 1\n',
      { op: 'insert', path: ['e', 'l'], index: 0, value: 'x' },
      'e:\n  a: 1\n  l:\n    - x\n',
    );
    expectEdit('e:\n  l:\n', { op: 'insert', path: ['e', 'l'], index: 0, value: 'x' }, 'e:\n  l:\n    - x\n');
    expectEdit(
      'e:\n  l: []\n',
      { op: 'insert', path: ['e', 'l'], index: 0, value: { a: 1 } },
      'e:\n  l:\n    - a: 1\n',
    );
  });

  it('inserts into a nested list written after a dash', () => {
    expectEdit('- - a\n  - b\n', { op: 'insert', path: [0], index: 0, value: 'x' }, '- - x\n  - a\n  - b\n');
    expectEdit('- - a\n  - b\n', { op: 'insert', path: [0], index: 2, value: 'x' }, '- - a\n  - b\n  - x\n');
  });

  it('keeps the spaces after the dash that the items use', () => {
    expectEdit(
      'l:\n-   a: 1\n    b: 2\n',
      { op: 'insert', path: ['l'], index: 1, value: { c: 3, d: 4 } },
      'l:\n-   a: 1\n    b: 2\n-   c: 3\n    d: 4\n',
    );
  });

  it('refuses an index past the end', () => {
    expectRefusal('l:\n  - a\n', { op: 'insert', path: ['l'], index: 3, value: 'x' }, /out of range.*1 item/);
    expectRefusal('l:\n  a: 1\n', { op: 'insert', path: ['l'], index: 0, value: 'x' }, /not a list/);
  });
});

describe('remove in lists', () => {
  it('removes an item with its nested lines and attached comments', () => {
    expectEdit(
      indented,
      { op: 'remove', path: ['environment', 'tolerations', 0] },
      source`
      environment:
        tolerations:
          - key: spot
            value: "true"
        hostNetwork: false
    `,
    );
    expectEdit(
      flush,
      { op: 'remove', path: ['environment', 'tolerations', 1] },
      source`
      environment:
        tolerations:
        - key: a
          effect: NoSchedule
        hostNetwork: false
    `,
    );
  });

  it('leaves [] when the last item goes', () => {
    expectEdit('l:\n  - a  # c\nz: 1\n', { op: 'remove', path: ['l', 0] }, 'l: []\nz: 1\n');
    expectEdit('l: [a]\n', { op: 'remove', path: ['l', 0] }, 'l: []\n');
  });

  it('removes flow items with their comma', () => {
    expectEdit('l: [a, b, c]\n', { op: 'remove', path: ['l', 0] }, 'l: [b, c]\n');
    expectEdit('l: [a, b, c]\n', { op: 'remove', path: ['l', 1] }, 'l: [a, c]\n');
    expectEdit('l: [a, b, c]\n', { op: 'remove', path: ['l', 2] }, 'l: [a, b]\n');
  });

  it('removes the first key of a map written after a dash', () => {
    expectEdit('- key: a\n  effect: b\n', { op: 'remove', path: [0, 'key'] }, '- effect: b\n');
    expectEdit('- key: a\n  # c\n  effect: b\n', { op: 'remove', path: [0, 'key'] }, '- # c\n  effect: b\n');
    expectEdit('- key: a\n', { op: 'remove', path: [0, 'key'] }, '- {}\n');
  });

  it('removes the last line of a file without a final newline', () => {
    expectEdit('l:\n  - a\n  - b', { op: 'remove', path: ['l', 1] }, 'l:\n  - a');
  });
});

describe('move in lists', () => {
  it('moves an item with its nested lines and attached comments', () => {
    expectEdit(
      indented,
      { op: 'move', path: ['environment', 'tolerations'], from: 0, to: 1 },
      source`
      environment:
        tolerations:

          - key: spot
            value: "true"
          # GPU nodes
          - key: nvidia.com/gpu
            operator: Exists  # 日本語のコメント
            effect: NoSchedule
        hostNetwork: false
    `,
    );
    expectEdit(
      flush,
      { op: 'move', path: ['environment', 'tolerations'], from: 1, to: 0 },
      source`
      environment:
        tolerations:
        # about b
        - key: b
        - key: a
          effect: NoSchedule
        hostNetwork: false
    `,
    );
  });

  it('moves across several items and in flow lists', () => {
    expectEdit('- a\n- b\n- c\n', { op: 'move', path: [], from: 0, to: 2 }, '- b\n- c\n- a\n');
    expectEdit('- a\n- b\n- c\n', { op: 'move', path: [], from: 2, to: 0 }, '- c\n- a\n- b\n');
    expectEdit('- a\n- b\n- c', { op: 'move', path: [], from: 2, to: 1 }, '- a\n- c\n- b');
    expectEdit('l: [a, b, c]\n', { op: 'move', path: ['l'], from: 0, to: 2 }, 'l: [b, c, a]\n');
    expectEdit('l: [a, b, c]\n', { op: 'move', path: ['l'], from: 2, to: 0 }, 'l: [c, a, b]\n');
  });

  it('moves the first key of a map written after a dash', () => {
    expectEdit(
      '- a: 1\n  b: 2\n  c: 3\n',
      { op: 'move', path: [0], from: 0, to: 2 },
      '- b: 2\n  c: 3\n  a: 1\n',
    );
    expectEdit(
      '- a: 1\n  b: 2\n  c: 3\n',
      { op: 'move', path: [0], from: 2, to: 0 },
      '- c: 3\n  a: 1\n  b: 2\n',
    );
  });

  it('refuses positions out of range and is a no-op for from = to', () => {
    expectRefusal('- a\n', { op: 'move', path: [], from: 0, to: 1 }, /out of range/);
    expectEdit('- a\n- b\n', { op: 'move', path: [], from: 1, to: 1 }, '- a\n- b\n');
  });
});
