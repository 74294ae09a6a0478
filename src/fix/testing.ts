import type { Issue } from '../issues/issue';
import { checkText, type CheckOptions } from '../judge/check';
import { formatPath } from '../path/path';
import { fixesFor } from './fixesFor';

export interface Applied {
  /** The text after the fix. */
  readonly text: string;
  /** Whether Fix all would apply it. */
  readonly safe: boolean;
  /** The titles of every option offered for the issue. */
  readonly titles: string[];
  /** Fixes still offered for an issue with the same code and path: [] when applying again does nothing. */
  readonly again: string[];
}

/** The first issue with `code`; throws in tests when there is none. */
export function issueWith(text: string, code: string, check: Partial<CheckOptions> = {}): Issue {
  const issue = checkText(text, check).issues.find((i) => i.code === code);
  if (!issue) throw new Error(`no ${code} issue in:\n${text}`);
  return issue;
}

/**
 * Applies the fix option titled `title` (the first option when omitted) to the first issue with
 * `code`, and reports what a second application would still do.
 */
export function applyFix(
  text: string,
  code: string,
  title?: string,
  check: Partial<CheckOptions> = {},
): Applied {
  const issue = issueWith(text, code, check);
  const options = fixesFor(text, issue);
  const option = title === undefined ? options[0] : options.find((o) => o.title === title);
  if (!option)
    throw new Error(
      `no fix "${title ?? ''}" for ${code}; offered: ${options.map((o) => o.title).join(', ')}`,
    );
  const result = option.apply();
  if (!result.ok) throw new Error(result.error);
  const again = checkText(result.text, check)
    .issues.filter((i) => i.code === code && formatPath(i.path) === formatPath(issue.path))
    .flatMap((i) => fixesFor(result.text, i).map((o) => `${formatPath(i.path)}: ${o.title}`));
  return { text: result.text, safe: option.safe, titles: options.map((o) => o.title), again };
}

/** The titles offered for the first issue with `code` (and whether each is safe). */
export function offered(text: string, code: string, check: Partial<CheckOptions> = {}): string[] {
  return fixesFor(text, issueWith(text, code, check)).map(
    (o) => `${o.safe ? 'safe' : 'suggestion'}: ${o.title}`,
  );
}
