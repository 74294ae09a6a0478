/** The messages between the app and the check worker (structured-clonable data only). */
import type { CheckResult, form, Path } from '../../src/index';
import type { KindChoice, PolicyChoice } from './options';

/** The section the form shows, read along with the check (so the page need not parse the text). */
export interface FormRead {
  readonly doc: number;
  readonly path: Path;
  /** The form target's key (`targetKey`), given back with the snapshot. */
  readonly key: string;
}

/** One text to check; `seq` grows with every request, so a reply can be matched to its request. */
export interface CheckRequest {
  readonly seq: number;
  readonly text: string;
  readonly kind: KindChoice;
  readonly policy: PolicyChoice;
  readonly form?: FormRead;
}

/** The form's section as read from the reply's text. */
export interface FormReply {
  readonly key: string;
  readonly snapshot: form.FormSnapshot;
}

/** The core's result for the request `seq`, and the issue codes it can fix. */
export interface CheckReply {
  readonly seq: number;
  readonly text: string;
  readonly result: CheckResult;
  readonly fixable: readonly string[];
  /** The section asked for in `form`, if any. */
  readonly form?: FormReply;
}
