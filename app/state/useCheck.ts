import { useDeferredValue, useMemo } from 'react';
import type { CheckResult } from '../../src/index';
import { checkText } from '../../src/index';
import type { KindChoice, PolicyChoice } from './options';

/**
 * Checks the document with the core. The text is deferred so typing stays responsive on long
 * documents; the result always belongs to the text it reports on.
 */
export function useCheck(text: string, kind: KindChoice, policy: PolicyChoice): CheckResult {
  const deferred = useDeferredValue(text);
  return useMemo(() => checkText(deferred, { kind, policy }), [deferred, kind, policy]);
}
