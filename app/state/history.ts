/**
 * The one undo history of the page. Every change to the document — typed in the YAML pane, made
 * in the form, a fix, a preset, a load — is recorded here as the text it replaced, so Ctrl+Z
 * means the same wherever focus is, and the history can be saved with the document.
 *
 * A change is stored as one splice (`removed` became `inserted` at `from`), not as a copy of the
 * text, so a long session on a big file stays small enough for the browser's storage.
 */
import { diffSplice } from '../../src/index';

/** Where a change came from. Changes from the same typing or the same form field merge. */
export type Origin = 'type' | 'form' | `form:${string}` | 'fix' | 'load' | 'new' | 'preset';

export interface Change {
  readonly from: number;
  readonly removed: string;
  readonly inserted: string;
  readonly origin: Origin;
  /** When the change was recorded (ms since the epoch); used to merge keystrokes. */
  readonly at: number;
}

export interface History {
  /** Oldest first; the last one is undone first. */
  readonly past: readonly Change[];
  /** Most recently undone last; redone first. */
  readonly future: readonly Change[];
}

export const EMPTY_HISTORY: History = { past: [], future: [] };

/** Keystrokes closer together than this become one undo step. */
export const MERGE_WINDOW_MS = 1000;
/** Bounds that keep the history (and the saved copy of it) small. */
export const MAX_CHANGES = 300;
export const MAX_HISTORY_CHARS = 2_000_000;

/** The smallest single splice that turns `before` into `after` (the core's `diffSplice`). */
export function changeBetween(before: string, after: string, origin: Origin, at: number): Change {
  const [splice] = diffSplice(before, after);
  if (!splice) return { from: 0, removed: '', inserted: '', origin, at };
  return {
    from: splice.from,
    removed: before.slice(splice.from, splice.to),
    inserted: splice.insert,
    origin,
    at,
  };
}

/** The text before `change`, from the text after it; null if the text does not match it. */
export function revert(change: Change, text: string): string | null {
  const end = change.from + change.inserted.length;
  if (end > text.length || text.slice(change.from, end) !== change.inserted) return null;
  return text.slice(0, change.from) + change.removed + text.slice(end);
}

/** The text after `change`, from the text before it; null if the text does not match it. */
export function reapply(change: Change, text: string): string | null {
  const end = change.from + change.removed.length;
  if (end > text.length || text.slice(change.from, end) !== change.removed) return null;
  return text.slice(0, change.from) + change.inserted + text.slice(end);
}

function merges(last: Change | undefined, origin: Origin, at: number): last is Change {
  if (!last || last.origin !== origin) return false;
  if (origin !== 'type' && !origin.startsWith('form:')) return false;
  return at - last.at >= 0 && at - last.at < MERGE_WINDOW_MS;
}

function size(change: Change): number {
  return change.removed.length + change.inserted.length;
}

/** Drops the oldest changes until the history is within its bounds. */
function bounded(past: Change[]): Change[] {
  let total = past.reduce((sum, change) => sum + size(change), 0);
  let first = Math.max(0, past.length - MAX_CHANGES);
  for (let i = 0; i < first; i++) total -= size(past[i] as Change);
  while (first < past.length - 1 && total > MAX_HISTORY_CHARS) {
    total -= size(past[first] as Change);
    first++;
  }
  return first === 0 ? past : past.slice(first);
}

/** Records that the text went from `before` to `after`. Anything undone can no longer be redone. */
export function record(history: History, before: string, after: string, origin: Origin, at: number): History {
  if (before === after) return history;
  const last = history.past[history.past.length - 1];
  if (merges(last, origin, at)) {
    const start = revert(last, before);
    if (start !== null) {
      const rest = history.past.slice(0, -1);
      if (start === after) return { past: rest, future: [] };
      return { past: bounded([...rest, changeBetween(start, after, origin, at)]), future: [] };
    }
  }
  return { past: bounded([...history.past, changeBetween(before, after, origin, at)]), future: [] };
}

export interface Step {
  readonly history: History;
  readonly text: string;
  /** The change undone or redone, to show the user where it was. */
  readonly change: Change;
}

/**
 * Undoes the last change, or null when there is none. A history that does not match the text
 * (a saved one from another version of the document) is never applied: null as well.
 */
export function undo(history: History, text: string): Step | null {
  const change = history.past[history.past.length - 1];
  if (!change) return null;
  const before = revert(change, text);
  if (before === null) return null;
  return {
    history: { past: history.past.slice(0, -1), future: [...history.future, change] },
    text: before,
    change,
  };
}

/** Redoes the last undone change, or null when there is none. */
export function redo(history: History, text: string): Step | null {
  const change = history.future[history.future.length - 1];
  if (!change) return null;
  const after = reapply(change, text);
  if (after === null) return null;
  // Redone changes never merge with what follows.
  const done: Change = { ...change, at: 0 };
  return {
    history: { past: [...history.past, done], future: history.future.slice(0, -1) },
    text: after,
    change,
  };
}

function isChange(value: unknown): value is Change {
  if (typeof value !== 'object' || value === null) return false;
  const c = value as Record<string, unknown>;
  return (
    typeof c['from'] === 'number' &&
    Number.isInteger(c['from']) &&
    c['from'] >= 0 &&
    typeof c['removed'] === 'string' &&
    typeof c['inserted'] === 'string' &&
    typeof c['origin'] === 'string' &&
    typeof c['at'] === 'number'
  );
}

/** A history read back from storage, or the empty one when it is not a history. */
export function historyFrom(value: unknown): History {
  if (typeof value !== 'object' || value === null) return EMPTY_HISTORY;
  const { past, future } = value as Record<string, unknown>;
  if (!Array.isArray(past) || !Array.isArray(future)) return EMPTY_HISTORY;
  if (!past.every(isChange) || !future.every(isChange)) return EMPTY_HISTORY;
  return { past, future };
}

/** Whether every change of the history can be undone and redone from `text`. */
export function fitsText(history: History, text: string): boolean {
  let current: string | null = text;
  for (let i = history.past.length - 1; i >= 0 && current !== null; i--)
    current = revert(history.past[i] as Change, current);
  if (current === null) return false;
  current = text;
  for (let i = history.future.length - 1; i >= 0 && current !== null; i--)
    current = reapply(history.future[i] as Change, current);
  return current !== null;
}
