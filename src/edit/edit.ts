import { formatPath, type Path } from '../path/path';
import { MAX_TEXT_LENGTH, megabytes } from '../yaml/limits';
import { parseCached } from '../yaml/sourceCache';
import { applySplices, composeSplices, splicesValid } from './compose';
import type { EditContext, Splice, SpliceResult } from './context';
import { moveAt, sortSplices } from './move';
import { removeAt } from './remove';
import { scopeFor } from './scope';
import { renameAt } from './rename';
import { valueProblem } from './render';
import { setAt } from './set';
import { lazyMeasures } from './style';
import { entriesAt, readAt, verify, type Expectation } from './verify';
import { insertAt } from './insert';
import { relocateAt } from './relocate';

export type { Splice } from './context';

/**
 * One change at a path (from the document root, e.g. `['environment', 'tolerations', 0]`).
 *
 * - `set`: writes a value, creating missing parent maps (and a list for index 0, or an item
 *   for index = length).
 * - `remove`: removes a map entry or list item with its attached comment lines (comment lines
 *   directly above it at its column, no blank line between) and its trailing comment. The last
 *   entry of a nested map or list leaves `{}` / `[]`; of the root map, an empty document.
 * - `insert`: inserts into the list at `path` before `index` (index = length appends); creates
 *   the list when it is missing or empty (`key:` / `key: ~`).
 * - `move`: moves the entry at position `from` of the map or list at `path` to position `to`.
 * - `renameKey`: renames the key at `path`, keeping the value text untouched.
 * - `relocate`: moves the map entry at `path` so that it becomes the entry at `to` (creating
 *   missing parent maps; renaming the key when `to` names another). Its text moves as written,
 *   re-indented: attached comment lines, trailing comments, quoting and block scalars. When
 *   the text cannot move (a flow map on either side, say), the value is written anew at `to`
 *   (like `set`) and the entry removed (like `remove`).
 */
export type Edit =
  | { op: 'set'; path: Path; value: unknown }
  | { op: 'remove'; path: Path }
  | { op: 'insert'; path: Path; index: number; value: unknown }
  | { op: 'move'; path: Path; from: number; to: number }
  | { op: 'renameKey'; path: Path; newKey: string }
  | { op: 'relocate'; path: Path; to: Path };

/** The edited text and the splices (original offsets, sorted, non-overlapping) that make it. */
export type EditResult = { ok: true; text: string; splices: Splice[] } | { ok: false; error: string };

/** Which document of a multi-document file to edit (0-based, default 0). */
export interface EditOptions {
  doc?: number;
}

/**
 * Applies one edit as a minimal text change: every byte outside the edited node stays as it
 * was (comments, blank lines, quoting, flow style, other documents). Never throws; refuses
 * (ok: false) documents with syntax errors, paths through aliases or scalars, and indices
 * out of range.
 */
export function applyEdit(text: string, edit: Edit, options?: EditOptions): EditResult {
  try {
    return applyOne(text, edit, options?.doc ?? 0);
  } catch (e) {
    return {
      ok: false,
      error: `Internal error while editing: ${e instanceof Error ? e.message : String(e)}`,
    };
  }
}

/** Applies edits one after another; the splices are composed onto the original text. */
export function applyEdits(text: string, edits: readonly Edit[], options?: EditOptions): EditResult {
  let current = text;
  const steps: Splice[][] = [];
  for (let i = 0; i < edits.length; i++) {
    const edit = edits[i] as Edit;
    const r = applyEdit(current, edit, options);
    if (!r.ok)
      return edits.length === 1
        ? r
        : { ok: false, error: `Edit ${i + 1} (${edit.op} ${formatPath(edit.path)}): ${r.error}` };
    steps.push(r.splices);
    current = r.text;
  }
  return { ok: true, text: current, splices: composeSplices(text, steps, current) };
}

function applyOne(text: string, edit: Edit, docIndex: number): EditResult {
  if (text.length > MAX_TEXT_LENGTH) {
    return fail(
      `The text is ${megabytes(text.length)}, more than the ${megabytes(MAX_TEXT_LENGTH)} the editor changes`,
    );
  }
  const file = parseCached(text);
  if (!Number.isInteger(docIndex) || docIndex < 0) return fail(`Invalid document index ${docIndex}`);
  const doc = file.docs[docIndex] ?? null;
  if (!doc && !(file.docs.length === 0 && docIndex === 0)) {
    return fail(`There is no document ${docIndex} (the file has ${file.docs.length})`);
  }
  const syntax = doc?.errors[0];
  if (syntax)
    return fail(`The document has syntax errors; fix them first (${syntax.message.split('\n')[0] ?? ''})`);
  if ((edit.op === 'set' || edit.op === 'insert') && valueProblem(edit.value)) {
    return fail(`Cannot write ${formatPath(edit.path)}: ${valueProblem(edit.value) ?? ''}`);
  }
  const ctx: EditContext = {
    text,
    doc,
    measures: lazyMeasures(text, doc),
    docEnd: doc ? doc.range[1] : text.length,
  };
  if (edit.op === 'relocate') return relocate(ctx, edit, docIndex, file.docs.length);
  return finish(ctx, edit, run(ctx, edit), docIndex, file.docs.length);
}

// Checks an edit's splices on the text and returns the edited text, or why it cannot be.
function finish(
  ctx: EditContext,
  edit: Edit,
  splices: SpliceResult,
  docIndex: number,
  docCount: number,
): EditResult {
  const { text, doc } = ctx;
  if (typeof splices === 'string') return fail(splices);
  const sorted = sortSplices(splices);
  if (!splicesValid(sorted, text.length)) return fail('Internal error: overlapping text changes');
  const next = applySplices(text, sorted);
  const expect = expectation(ctx, edit);
  const scope = expect ? scopeFor(text, doc, sorted, expect.path) : null;
  const scoped = scope ? { scope, text, splices: sorted } : null;
  const problem = verify(next, docIndex, docCount, expect, scoped);
  if (problem)
    return fail(`Cannot apply ${edit.op} at ${formatPath(edit.path) || 'the document root'}: ${problem}`);
  return { ok: true, text: next, splices: sorted };
}

// Moves the entry's text; when it cannot (or the result would not read back), writes the value
// at the target and removes the entry.
function relocate(
  ctx: EditContext,
  edit: Edit & { op: 'relocate' },
  docIndex: number,
  docCount: number,
): EditResult {
  const plan = relocateAt(ctx, edit.path, edit.to);
  if (typeof plan === 'string') return fail(plan);
  if (plan.splices) {
    const moved = finish(ctx, edit, plan.splices, docIndex, docCount);
    if (moved.ok) return moved;
  }
  return applyEdits(
    ctx.text,
    [
      { op: 'set', path: edit.to, value: plan.value },
      { op: 'remove', path: edit.path },
    ],
    { doc: docIndex },
  );
}

function run(ctx: EditContext, edit: Edit): SpliceResult {
  switch (edit.op) {
    case 'set':
      return setAt(ctx, edit.path, edit.value);
    case 'remove':
      return removeAt(ctx, edit.path);
    case 'insert':
      return insertAt(ctx, edit.path, edit.index, edit.value);
    case 'move':
      return moveAt(ctx, edit.path, edit.from, edit.to);
    case 'renameKey':
      return renameAt(ctx, edit.path, edit.newKey);
    case 'relocate':
      return 'internal: relocate is applied on its own';
    default:
      return `Unknown edit ${JSON.stringify((edit as { op?: unknown }).op)}`;
  }
}

// What the new text must show for the edit to count as applied.
function expectation(ctx: EditContext, edit: Edit): Expectation | null {
  switch (edit.op) {
    case 'set':
      return { kind: 'value', path: edit.path, value: edit.value };
    case 'insert':
      return { kind: 'value', path: [...edit.path, edit.index], value: edit.value };
    case 'remove':
    case 'renameKey': {
      const parent = edit.path.slice(0, -1);
      const before = entriesAt(ctx.text, ctx.doc, parent);
      if (!before) return null;
      const last = edit.path[edit.path.length - 1];
      const index = entryIndex(before, last);
      if (index < 0) return null;
      const entries = [...before];
      if (edit.op === 'remove') entries.splice(index, 1);
      else
        entries[index] = JSON.stringify([
          edit.newKey,
          (JSON.parse(before[index] ?? '[]') as unknown[])[1] ?? null,
        ]);
      return { kind: 'entries', path: parent, entries };
    }
    case 'relocate':
      return { kind: 'moved', path: edit.to, from: edit.path, value: readAt(ctx.text, ctx.doc, edit.path) };
    case 'move': {
      const before = entriesAt(ctx.text, ctx.doc, edit.path);
      if (!before) return null;
      const entries = [...before];
      entries.splice(edit.to, 0, ...entries.splice(edit.from, 1));
      return { kind: 'entries', path: edit.path, entries };
    }
    default:
      return null;
  }
}

// The position of a path's last segment among fingerprinted entries.
function entryIndex(entries: readonly string[], seg: Path[number] | undefined): number {
  if (typeof seg === 'number') return seg;
  return entries.findIndex((e) => (JSON.parse(e) as unknown[])[0] === seg);
}

function fail(error: string): EditResult {
  return { ok: false, error };
}
