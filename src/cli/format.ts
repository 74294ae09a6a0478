import type { CheckResult, Issue } from '../index';
import { formatPath } from '../index';

/** `FILE:LINE:COL: SEVERITY CODE message`, one line per issue. */
export function issueLine(file: string, issue: Issue): string {
  const message = issue.message.replace(/\s*\n\s*/g, ' ');
  return `${file}:${issue.range.start.line}:${issue.range.start.col}: ${issue.severity} ${issue.code} ${message}`;
}

/** `FILE:LINE:COL: fixed CODE message`, for an issue a fix resolved (position in the original file). */
export function fixedLine(file: string, issue: Issue): string {
  const message = issue.message.replace(/\s*\n\s*/g, ' ');
  return `${file}:${issue.range.start.line}:${issue.range.start.col}: fixed ${issue.code} ${message}`;
}

export interface Counts {
  errors: number;
  warnings: number;
  infos: number;
}

export function countIssues(issues: readonly Issue[], into: Counts): Counts {
  for (const i of issues) {
    if (i.severity === 'error') into.errors++;
    else if (i.severity === 'warning') into.warnings++;
    else into.infos++;
  }
  return into;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function summaryLine(counts: Counts, files: number): string {
  return `${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')}, ${plural(counts.infos, 'info')} in ${plural(files, 'file')}`;
}

/** The JSON form of one file's result, as documented in --help. */
export function fileJson(file: string, result: CheckResult) {
  return {
    file,
    detected: result.detected.format,
    description: result.detected.description,
    sections: result.sections.map((s) => ({ path: formatPath(s.path), kind: s.kind, doc: s.doc })),
    issues: result.issues.map((i) => ({
      severity: i.severity,
      code: i.code,
      message: i.message,
      path: formatPath(i.path),
      line: i.range.start.line,
      col: i.range.start.col,
      endLine: i.range.end.line,
      endCol: i.range.end.col,
      source: i.source,
      doc: i.doc,
    })),
  };
}
