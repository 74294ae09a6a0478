/**
 * The check itself: the core's `checkText` (Zod and every rule) and the codes it can fix. Runs in
 * the check worker, or in the page when no worker can be made; never on the first-paint path.
 */
import { checkText, fixableCodes, form as formCore } from '../../src/index';
import type { CheckReply, CheckRequest } from './checkProtocol';

let fixable: readonly string[] | null = null;

export function runCheck({ seq, text, kind, policy, form }: CheckRequest): CheckReply {
  fixable ??= fixableCodes();
  const result = checkText(text, { kind, policy });
  // Read after the check, from the parse it left in the cache.
  if (!form) return { seq, text, result, fixable };
  return { seq, text, result, fixable, form: { key: form.key, snapshot: formCore.readSnapshot(text, form) } };
}
