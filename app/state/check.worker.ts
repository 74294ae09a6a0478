// The check worker: runs the core's checks off the main thread, so typing never waits for them.
// Zod's compiler probe must not run here either (see build/cspPlugin.ts), so that import comes first.
import './zodJitless';
import type { CheckReply, CheckRequest } from './checkProtocol';
import { setParseReuse } from '../../src/index';
import { runCheck } from './runCheck';

// This worker holds one parse at a time (a check, then the form's reading of the same text), so
// the next text may move its nodes rather than copy them.
setParseReuse('move');

/** The worker's global scope, as far as this worker uses it. */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<CheckRequest>) => void) | null;
  postMessage(reply: CheckReply): void;
};

scope.onmessage = (event) => scope.postMessage(runCheck(event.data));
