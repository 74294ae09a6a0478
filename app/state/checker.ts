import type { CheckReply, CheckRequest, FormRead } from './checkProtocol';
import type { KindChoice, PolicyChoice } from './options';

/** Where checks run: the check worker, or the page itself when no worker can be made. */
export interface CheckBackend {
  send(request: CheckRequest): void;
  dispose(): void;
}

/** Makes a backend that calls `onReply` with each reply, and `onFail` when it cannot check any more. */
export type BackendFactory = (onReply: (reply: CheckReply) => void, onFail: () => void) => CheckBackend;

export interface Checker {
  /**
   * Asks for a check of this text, and for the form's reading of the section `form`; its reply
   * (or a newer one) comes through `onResult`. Asking again for what was asked for last does
   * nothing.
   */
  check(text: string, kind: KindChoice, policy: PolicyChoice, form?: FormRead): void;
  dispose(): void;
}

/**
 * Sends texts to check one at a time: while one is checked, only the newest text asked for waits
 * (typing fast on a big document never queues one check per key), and it is sent when the reply
 * comes. A reply older than the newest one delivered is dropped. When the primary backend fails
 * (no worker, or its script does not load), the fallback takes over and gets the pending text.
 */
export function createChecker(
  onResult: (reply: CheckReply) => void,
  primary: BackendFactory,
  fallback: BackendFactory,
): Checker {
  let seq = 0;
  let delivered = 0;
  let inFlight: CheckRequest | null = null;
  let waiting: CheckRequest | null = null;
  let latest: CheckRequest | null = null;
  let disposed = false;

  const send = (request: CheckRequest): void => {
    inFlight = request;
    backend.send(request);
  };
  const receive = (reply: CheckReply): void => {
    if (disposed) return;
    if (reply.seq === inFlight?.seq) inFlight = null;
    if (reply.seq > delivered) {
      delivered = reply.seq;
      onResult(reply);
    }
    if (inFlight === null && waiting) {
      const next = waiting;
      waiting = null;
      send(next);
    }
  };
  const fail = (): void => {
    if (disposed) return;
    backend.dispose();
    backend = fallback(receive, () => {});
    const again = waiting ?? inFlight;
    inFlight = null;
    waiting = null;
    if (again) send(again);
  };

  let backend: CheckBackend;
  try {
    backend = primary(receive, fail);
  } catch {
    backend = fallback(receive, () => {});
  }

  return {
    check(text, kind, policy, form) {
      if (
        latest?.text === text &&
        latest.kind === kind &&
        latest.policy === policy &&
        latest.form?.key === form?.key
      )
        return;
      const request: CheckRequest = form
        ? { seq: ++seq, text, kind, policy, form }
        : { seq: ++seq, text, kind, policy };
      latest = request;
      if (inFlight) waiting = request;
      else send(request);
    },
    dispose() {
      disposed = true;
      backend.dispose();
    },
  };
}
