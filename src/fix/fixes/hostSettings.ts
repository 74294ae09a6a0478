import { isScalar } from 'yaml';
import { edits, nodeAt } from '../nodes';
import type { Fix } from '../types';

const FALSE_WORDS = new Set(['false', 'no', 'off', 'n', 'f', '0']);

/**
 * hostPID is sent as a string by current Polyaxon: remove it. Safe for a false value (false is
 * the default); for true it drops the host PID namespace, so the user decides.
 */
export const hostPidFix: Fix = {
  codes: ['host-pid-sent-as-string'],
  kind: 'safe',
  choices(ctx) {
    const { node } = nodeAt(ctx, ctx.issue.path);
    const isFalse = isScalar(node) && FALSE_WORDS.has(String(node.value).trim().toLowerCase());
    return [
      edits('Remove hostPID', [{ op: 'remove', path: ctx.issue.path }], isFalse ? 'safe' : 'suggestion'),
    ];
  },
};

/** Windows host-process containers need hostNetwork: true; or drop hostProcess. */
export const hostProcessFix: Fix = {
  codes: ['host-process-needs-host-network'],
  kind: 'suggestion',
  choices({ issue }) {
    const sectionPath = issue.path.slice(0, -3);
    return [
      edits('Set hostNetwork: true', [{ op: 'set', path: [...sectionPath, 'hostNetwork'], value: true }]),
      edits('Remove hostProcess', [{ op: 'remove', path: issue.path }]),
    ];
  },
};
