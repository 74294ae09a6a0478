import type { Document, YAMLMap } from 'yaml';
import type { Style } from './render';
import type { Slot } from './resolve';
import { styleFor, type Measures } from './style';

/** A text change: replace `[from, to)` of the original text with `insert`. */
export interface Splice {
  readonly from: number;
  readonly to: number;
  readonly insert: string;
}

/** What one edit operation produces: splices on the text, or an error message. */
export type SpliceResult = Splice[] | string;

/** The parsed text an edit works on (one document of it). */
export interface EditContext {
  readonly text: string;
  /** The selected document, or null for a text with no document (empty or comments only). */
  readonly doc: Document.Parsed | null;
  readonly measures: Measures;
  /** Where new top-level content goes when the document is empty (after its comments). */
  readonly docEnd: number;
}

/** The style for new text written inside the map of a pair slot (or at the root / in a list). */
export function styleAt(ctx: EditContext, slot: Slot, map: YAMLMap | null = null): Style {
  if (map)
    return styleFor(ctx.text, ctx.measures, map, slot.kind === 'pair' ? keyColOfSlotMap(ctx, slot) : null);
  if (slot.kind === 'pair') return styleFor(ctx.text, ctx.measures, slot.map, slot.ownerKeyCol);
  return styleFor(ctx.text, ctx.measures, null, null);
}

// Column of the key holding the value map of a pair slot (for measuring that map's own indent).
function keyColOfSlotMap(ctx: EditContext, slot: Slot & { kind: 'pair' }): number | null {
  const pair = slot.map.items[slot.index];
  const start = (pair?.key as { range?: [number, number, number] } | null)?.range?.[0];
  if (start === undefined || slot.map.flow) return null;
  return start - ctx.text.lastIndexOf('\n', start - 1) - 1;
}
