import type { Document } from 'yaml';
import type { Edit, EditResult, Splice } from '../edit/edit';
import type { Issue } from '../issues/issue';
import type { SourceFile } from '../yaml/source';

/**
 * - `safe`: one clear intent; Fix all applies it.
 * - `suggestion`: a choice the user makes (several options, or a change of meaning).
 */
export type FixKind = 'safe' | 'suggestion';

/**
 * What a fix changes: edits at paths through the edit engine, or raw splices on the text
 * (offsets into it) when no `Edit` can say it (tabs in indentation, quoting a key that is not
 * a string, removing one of two equal keys).
 */
export type FixPlan = { readonly edits: readonly Edit[] } | { readonly splices: readonly Splice[] };

/** One way to resolve an issue. */
export interface FixChoice {
  /** Button text, e.g. "Change to NoSchedule". */
  readonly title: string;
  readonly plan: FixPlan;
  /** Overrides the fix's kind for this choice (e.g. safe only when the value is false). */
  readonly kind?: FixKind;
}

/** What a fix sees: the text, its parsed documents and the issue to resolve. */
export interface FixContext {
  readonly text: string;
  readonly file: SourceFile;
  /** The issue's document. */
  readonly doc: Document.Parsed;
  readonly issue: Issue;
}

/** A fix for one or more issue codes: a pure function from the issue to its choices. */
export interface Fix {
  readonly codes: readonly string[];
  readonly kind: FixKind;
  /** The choices for this issue; [] when the fix does not apply to it. */
  readonly choices: (ctx: FixContext) => readonly FixChoice[];
}

/** A fix ready to apply to the text it was computed for. */
export interface FixOption {
  readonly title: string;
  /** The code of the issue it resolves. */
  readonly code: string;
  /** True when Fix all may apply it: a safe fix with one choice. */
  readonly safe: boolean;
  /** The repaired text and the splices (offsets into the original text) that make it. */
  apply(): EditResult;
}
