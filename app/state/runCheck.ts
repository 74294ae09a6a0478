/**
 * The check itself: the core's `checkText` (Zod and every rule) and the codes it can fix. Runs in
 * the check worker, or in the page when no worker can be made; never on the first-paint path.
 */
import { checkText, fixableCodes } from '../../src/index';
import type { CheckReply, CheckRequest } from './checkProtocol';

let fixable: readonly string[] | null = null;

export function runCheck({ seq, text, kind, policy }: CheckRequest): CheckReply {
  fixable ??= fixableCodes();
  return { seq, text, result: checkText(text, { kind, policy }), fixable };
}
