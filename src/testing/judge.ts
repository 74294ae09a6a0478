import { checkText, type CheckOptions } from '../judge/check';
import { formatPath } from '../path/path';

/** Issues of a text as `{code, path, severity}` with the path formatted, for compact assertions. */
export function findings(text: string, options: Partial<CheckOptions> = {}) {
  return checkText(text, options).issues.map((i) => ({
    code: i.code,
    path: formatPath(i.path),
    severity: i.severity,
  }));
}

/** Just the `code @ path` strings, e.g. `toleration-exists-with-value @ environment.tolerations[0].value`. */
export function codesAt(text: string, options: Partial<CheckOptions> = {}): string[] {
  return findings(text, options).map((f) => `${f.code} @ ${f.path}`);
}
