import { describe, expect, it } from 'vitest';
import type { CheckOptions } from '../judge/check';
import { findings } from './judge';

/** One item of the rule book (docs/rule-coverage.md): a text that keeps it and one that breaks it. */
export interface RuleCase {
  /** Rule-book section and item, e.g. `2.3 key empty needs Exists`. */
  readonly rule: string;
  /** A config Polyaxon and Kubernetes accept unchanged: no error, no warning, none of `expect`'s codes. */
  readonly pass: string;
  /** A config that breaks the rule. */
  readonly fail: string;
  /** What `fail` must produce (among other findings), as `severity code @ path`. */
  readonly expect: readonly string[];
  readonly options?: Partial<CheckOptions>;
  /** Codes `pass` may still raise, when the field always draws a note or warning (e.g. priority-set). */
  readonly ignore?: readonly string[];
}

/** Registers a passing and a failing test for each rule-book case. */
export function ruleBook(title: string, cases: readonly RuleCase[]): void {
  describe(title, () => {
    for (const c of cases) {
      const codes = new Set(c.expect.map((e) => e.split(' ')[1]));
      it(`${c.rule}: accepts the valid form`, () => {
        const found = findings(c.pass, c.options)
          .filter((f) => !c.ignore?.includes(f.code))
          .filter((f) => f.severity !== 'info' || codes.has(f.code))
          .map((f) => `${f.severity} ${f.code} @ ${f.path}`);
        expect(found).toEqual([]);
      });
      it(`${c.rule}: reports the broken form`, () => {
        const found = findings(c.fail, c.options).map((f) => `${f.severity} ${f.code} @ ${f.path}`);
        expect(found).toEqual(expect.arrayContaining([...c.expect]));
      });
    }
  });
}
