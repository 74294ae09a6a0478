/** The messages between the app and the check worker (structured-clonable data only). */
import type { CheckResult } from '../../src/index';
import type { KindChoice, PolicyChoice } from './options';

/** One text to check; `seq` grows with every request, so a reply can be matched to its request. */
export interface CheckRequest {
  readonly seq: number;
  readonly text: string;
  readonly kind: KindChoice;
  readonly policy: PolicyChoice;
}

/** The core's result for the request `seq`, and the issue codes it can fix. */
export interface CheckReply {
  readonly seq: number;
  readonly text: string;
  readonly result: CheckResult;
  readonly fixable: readonly string[];
}
