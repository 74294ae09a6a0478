import type { Splice } from '../../src/index';

/** What the page may ask of whichever editor is showing (the text area or Monaco). */
export interface EditorHandle {
  /** Selects the text between two offsets of the document and scrolls it into view. */
  select(start: number, end: number, focus?: boolean): void;
  /**
   * Applies a form edit as text changes (offsets of the current text) in one undo step, keeping
   * the cursor and scroll; `expected` is the whole text after them, used if the editor drifted.
   */
  applySplices(splices: readonly Splice[], expected: string): void;
  /** Moves the keyboard focus into the editor, keeping its cursor. */
  focus(): void;
}
