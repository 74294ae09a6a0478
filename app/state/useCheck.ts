import { useEffect, useRef, useState } from 'react';
import type { CheckResult } from '../../src/index';
import { inThreadBackend, workerBackend } from './checkBackends';
import { createChecker, type Checker } from './checker';
import type { KindChoice, PolicyChoice } from './options';

export interface CheckState {
  /** The core's result for `text`; an empty one until the first check is done. */
  readonly result: CheckResult;
  /** The text `result` reports on: while a newer one is checked, the previous one. Null at first. */
  readonly text: string | null;
  /** Issue codes the core can fix (known with the first result). */
  readonly fixable: ReadonlySet<string>;
}

const NOTHING_YET: CheckState = {
  result: { issues: [], detected: { format: 'empty', description: 'checking…' }, sections: [] },
  text: null,
  fixable: new Set(),
};

/**
 * Checks the document with the core, in a worker so typing never waits for Zod and the rules on a
 * long document (in the page, loaded on first use, when no worker can be made). The latest result
 * stays until the next arrives; each result belongs to the text it reports on.
 */
export function useCheck(text: string, kind: KindChoice, policy: PolicyChoice): CheckState {
  const [state, setState] = useState<CheckState>(NOTHING_YET);
  const checker = useRef<Checker | null>(null);
  useEffect(() => {
    const made = createChecker(
      (reply) =>
        setState((prev) => ({
          result: reply.result,
          text: reply.text,
          fixable: prev.fixable.size > 0 ? prev.fixable : new Set(reply.fixable),
        })),
      workerBackend,
      inThreadBackend,
    );
    checker.current = made;
    return () => {
      made.dispose();
      checker.current = null;
    };
  }, []);
  useEffect(() => {
    checker.current?.check(text, kind, policy);
  }, [text, kind, policy]);
  return state;
}
