import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { CheckResult } from '../../src/index';
import { inThreadBackend, workerBackend } from './checkBackends';
import { createChecker, type Checker } from './checker';
import type { FormRead, FormReply } from './checkProtocol';
import type { KindChoice, PolicyChoice } from './options';

export interface CheckState {
  /** The core's result for `text`; an empty one until the first check is done. */
  readonly result: CheckResult;
  /** The text `result` reports on: while a newer one is checked, the previous one. Null at first. */
  readonly text: string | null;
  /** Issue codes the core can fix (known with the first result). */
  readonly fixable: ReadonlySet<string>;
  /** The form's section as read from `text` (the one `readForm` named when it was sent). */
  readonly form: FormReply | null;
}

export interface Check extends CheckState {
  /**
   * Sends a text to check now, with the current options, ahead of the render that will pass it
   * in (typing: the check runs while the page re-renders, not after).
   */
  readonly checkNow: (text: string) => void;
  /** Names the section the form shows, read along with every check from now on. */
  readonly readForm: (form: FormRead) => void;
}

const NOTHING_YET: CheckState = {
  result: { issues: [], detected: { format: 'empty', description: 'checking…' }, sections: [] },
  text: null,
  fixable: new Set(),
  form: null,
};

/**
 * Checks the document with the core, in a worker so typing never waits for Zod and the rules on a
 * long document (in the page, loaded on first use, when no worker can be made). The latest result
 * stays until the next arrives; each result belongs to the text it reports on.
 */
export function useCheck(text: string, kind: KindChoice, policy: PolicyChoice): Check {
  const [state, setState] = useState<CheckState>(NOTHING_YET);
  const checker = useRef<Checker | null>(null);
  const sent = useRef<{ text: string; kind: KindChoice; policy: PolicyChoice; form?: FormRead }>({
    text,
    kind,
    policy,
  });
  const send = useCallback((next: Partial<typeof sent.current>) => {
    const request = { ...sent.current, ...next };
    sent.current = request;
    checker.current?.check(request.text, request.kind, request.policy, request.form);
  }, []);
  useEffect(() => {
    const made = createChecker(
      (reply) =>
        setState((prev) => ({
          result: reply.result,
          text: reply.text,
          fixable: prev.fixable.size > 0 ? prev.fixable : new Set(reply.fixable),
          form: reply.form ?? null,
        })),
      workerBackend,
      inThreadBackend,
    );
    checker.current = made;
    // What was asked for before the checker existed.
    made.check(sent.current.text, sent.current.kind, sent.current.policy, sent.current.form);
    return () => {
      made.dispose();
      checker.current = null;
    };
  }, []);
  // After every render, so the state's text is the one checked last whatever was sent ahead of
  // it; the checker skips what `checkNow` or `readForm` already sent.
  useLayoutEffect(() => send({ text, kind, policy }));
  const checkNow = useCallback((next: string) => send({ text: next }), [send]);
  const readForm = useCallback((form: FormRead) => send({ form }), [send]);
  return { ...state, checkNow, readForm };
}
