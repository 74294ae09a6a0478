import type { Path } from '../path/path';

export type Severity = 'error' | 'warning' | 'info';

/** Who raises it: the YAML reader, Polyaxon's model, the Kubernetes API server or a policy profile. */
export type IssueSource = 'yaml' | 'polyaxon' | 'kubernetes' | 'policy';

/** A position in the text: 1-based line and column, 0-based offset. */
export interface Position {
  readonly line: number;
  readonly col: number;
  readonly offset: number;
}

export interface Range {
  readonly start: Position;
  readonly end: Position;
}

/** Every finding, from any layer, has this one shape. */
export interface Issue {
  readonly severity: Severity;
  readonly code: string;
  readonly message: string;
  /** Path from the document root (source keys as written). */
  readonly path: Path;
  readonly range: Range;
  readonly source: IssueSource;
  /** Index of the YAML document in a multi-document file. */
  readonly doc: number;
  /** Machine-readable details for fixes and the UI, e.g. `{ suggestion: 'nodeSelector' }`. */
  readonly data?: Readonly<Record<string, unknown>>;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function compareIssues(a: Issue, b: Issue): number {
  return (
    a.range.start.offset - b.range.start.offset ||
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    a.code.localeCompare(b.code)
  );
}
