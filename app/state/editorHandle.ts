/** What the page may ask of whichever editor is showing (the text area or Monaco). */
export interface EditorHandle {
  /** Selects the text between two offsets of the document and scrolls it into view. */
  select(start: number, end: number): void;
}
