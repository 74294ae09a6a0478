import type { IssueSource, Severity } from './issue';

/** What every issue code means: its default severity and layer, and a plain-language explanation. */
export interface CodeInfo {
  readonly severity: Severity;
  readonly source: IssueSource;
  /** One line: what the code is about. */
  readonly title: string;
}

export type CodeTable = Readonly<Record<string, CodeInfo>>;

/** Identity helper that keeps the literal keys of a rule module's code table. */
export function defineCodes<const T extends CodeTable>(table: T): T {
  return table;
}
