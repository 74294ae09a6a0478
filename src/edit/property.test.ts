import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isMap, isScalar, parseAllDocuments, type Node } from 'yaml';
import type { PathSegment } from '../path/path';
import { applySplices } from './compose';
import { applyEdit, applyEdits, type Edit } from './edit';
import { commentTokens, genDoc, genLayout, genPlan, writeDoc, type EditPlan } from './testDocs';
import { deepEqual } from './verify';

// The generated document is the middle one of three; the others must stay byte-identical.
const BEFORE = 'other: 1 # before\n---\n';
const AFTER = '---\n# after\nlast: true\n';

interface Spot {
  readonly path: PathSegment[];
  readonly value: unknown;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function spots(value: unknown, path: PathSegment[] = []): Spot[] {
  const out: Spot[] = [{ path, value }];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...spots(v, [...path, i])));
  else if (isObject(value)) for (const [k, v] of Object.entries(value)) out.push(...spots(v, [...path, k]));
  return out;
}

function readJs(text: string): unknown {
  const docs = parseAllDocuments(text);
  return Array.isArray(docs) ? docs[1]?.toJS() : undefined;
}

function at(value: unknown, path: readonly PathSegment[]): unknown {
  let v = value;
  for (const seg of path) v = (v as Record<PathSegment, unknown> | null)?.[seg];
  return v;
}

function sizeOf(v: unknown): number {
  return Array.isArray(v) ? v.length : isObject(v) ? Object.keys(v).length : 0;
}

function fresh(obj: unknown, key: string): string {
  let k = key;
  while (isObject(obj) && Object.hasOwn(obj, k)) k += '_';
  return k;
}

// Turns a plan into a concrete, valid edit on the current value (null when none applies).
function toEdit(plan: EditPlan, root: unknown): Edit | null {
  const all = spots(root);
  const pick = <T>(list: readonly T[], i: number): T | undefined =>
    list[(plan.picks[i] ?? 0) % Math.max(1, list.length)];
  const inner = all.filter((s) => s.path.length > 0);
  const holders = all.filter((s) => isObject(s.value) || s.value === null);
  switch (plan.op) {
    case 'set': {
      const s = pick(inner, 0);
      return s ? { op: 'set', path: s.path, value: plan.value } : null;
    }
    case 'setNew':
    case 'setDeep': {
      const s = pick(holders, 0);
      if (!s) return null;
      const path = [...s.path, fresh(s.value, plan.key)];
      return { op: 'set', path: plan.op === 'setDeep' ? [...path, 'inner', 0] : path, value: plan.value };
    }
    case 'remove': {
      const s = pick(inner, 0);
      return s ? { op: 'remove', path: s.path } : null;
    }
    case 'insert': {
      const lists = all.filter((s) => Array.isArray(s.value));
      const s = pick(lists, 0);
      if (s)
        return {
          op: 'insert',
          path: s.path,
          index: (plan.picks[1] ?? 0) % (sizeOf(s.value) + 1),
          value: plan.value,
        };
      const h = pick(holders, 0);
      return h
        ? { op: 'insert', path: [...h.path, fresh(h.value, plan.key)], index: 0, value: plan.value }
        : null;
    }
    case 'move': {
      const s = pick(
        all.filter((x) => sizeOf(x.value) >= 2),
        0,
      );
      if (!s) return null;
      const n = sizeOf(s.value);
      return { op: 'move', path: s.path, from: (plan.picks[1] ?? 0) % n, to: (plan.picks[2] ?? 0) % n };
    }
    case 'rename': {
      const s = pick(
        inner.filter((x) => typeof x.path[x.path.length - 1] === 'string'),
        0,
      );
      if (!s) return null;
      return { op: 'renameKey', path: s.path, newKey: fresh(at(root, s.path.slice(0, -1)), plan.key) };
    }
    case 'relocate': {
      const s = pick(
        inner.filter((x) => typeof x.path[x.path.length - 1] === 'string'),
        0,
      );
      if (!s) return null;
      const inside = (p: readonly PathSegment[]): boolean => s.path.every((seg, i) => p[i] === seg);
      const h = pick(
        holders.filter((x) => !inside(x.path)),
        1,
      );
      if (!h) return null;
      const key = (plan.picks[2] ?? 0) % 2 === 0 ? String(s.path[s.path.length - 1]) : plan.key;
      return { op: 'relocate', path: s.path, to: [...h.path, fresh(h.value, key)] };
    }
  }
}

// The map node at `path` of the generated document (null when there is none).
function mapNode(text: string, path: readonly PathSegment[]): Node | null {
  const docs = parseAllDocuments(text);
  let node: unknown = Array.isArray(docs) ? docs[1]?.contents : null;
  for (const seg of path) {
    if (!isMap(node)) return null;
    node = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg))?.value ?? null;
  }
  return isMap(node) ? node : null;
}

// True when a relocation must move the entry's text: its map and the target map are non-empty
// block maps, and its map keeps an entry or is the target.
function movesAsText(text: string, edit: Edit & { op: 'relocate' }): boolean {
  const source = mapNode(text, edit.path.slice(0, -1));
  const target = mapNode(text, edit.to.slice(0, -1));
  if (!isMap(source) || !isMap(target) || source.flow || target.flow || target.items.length === 0)
    return false;
  return source.items.length > 1 || source === target;
}

function countTokens(list: readonly { token: string }[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const { token } of list) m.set(token, (m.get(token) ?? 0) + 1);
  return m;
}

// Checks one successful edit from `before` to `after`.
function checkStep(
  before: string,
  edit: Edit,
  after: string,
  splices: readonly { from: number; to: number }[],
  crlf: boolean,
  tail: string,
): void {
  const context = `${JSON.stringify(edit)}\n--- before\n${before}\n--- after\n${after}`;
  expect(after.startsWith(BEFORE.replace(/\n/g, crlf ? '\r\n' : '\n')), context).toBe(true);
  expect(after.endsWith(tail), context).toBe(true);
  if (crlf) expect(/(?<!\r)\n/.test(after), context).toBe(false);
  const docs = parseAllDocuments(after);
  expect(Array.isArray(docs) && docs.every((d) => d.errors.length === 0), context).toBe(true);
  const js = readJs(after);
  if (edit.op === 'set') expect(deepEqual(at(js, edit.path), edit.value), context).toBe(true);
  if (edit.op === 'insert')
    expect(deepEqual(at(js, [...edit.path, edit.index]), edit.value), context).toBe(true);
  if (edit.op === 'relocate') {
    expect(at(js, edit.path), context).toBeUndefined();
    expect(deepEqual(at(js, edit.to), at(readJs(before), edit.path)), context).toBe(true);
    if (movesAsText(before, edit))
      expect(countTokens(commentTokens(after)), `comments lost\n${context}`).toEqual(
        countTokens(commentTokens(before)),
      );
  }
  if (edit.op === 'remove') {
    const parent = edit.path.slice(0, -1);
    expect(sizeOf(at(js, parent)), context).toBe(sizeOf(at(readJs(before), parent)) - 1);
  }
  // Comments outside the changed ranges are all still there; none is duplicated.
  const kept = commentTokens(before).filter((c) => !splices.some((s) => c.at >= s.from && c.at < s.to));
  const beforeCounts = countTokens(commentTokens(before));
  const afterCounts = countTokens(commentTokens(after));
  for (const [token, n] of countTokens(kept))
    expect(afterCounts.get(token) ?? 0, `${token} lost\n${context}`).toBeGreaterThanOrEqual(n);
  for (const [token, n] of afterCounts)
    expect(n, `${token} duplicated\n${context}`).toBeLessThanOrEqual(beforeCounts.get(token) ?? 0);
}

describe('random edits on random documents', () => {
  it('always apply, keep other documents and outside comments, and read back', () => {
    fc.assert(
      fc.property(
        genDoc,
        genLayout,
        fc.array(genPlan, { minLength: 1, maxLength: 4 }),
        (root, layout, plans) => {
          const nl = (s: string): string => (layout.crlf ? s.replace(/\n/g, '\r\n') : s);
          const after = layout.noFinalNewline ? '' : nl(AFTER);
          let text = nl(BEFORE) + writeDoc(root, layout) + after;
          expect(
            parseAllDocuments(text).every((d) => d.errors.length === 0),
            text,
          ).toBe(true);
          for (const plan of plans) {
            const edit = toEdit(plan, readJs(text));
            if (!edit) continue;
            const r = applyEdit(text, edit, { doc: 1 });
            if (!r.ok) throw new Error(`${r.error}\n${JSON.stringify(edit)}\n${text}`);
            expect(applySplices(text, r.splices)).toBe(r.text);
            checkStep(text, edit, r.text, r.splices, layout.crlf, after);
            text = r.text;
          }
        },
      ),
      { numRuns: Number(process.env.EDIT_RUNS ?? 200) },
    );
  }, 60_000);
});

describe('random edit sequences in one batch', () => {
  it('give the same text as one by one, with splices on the original that keep outside comments', () => {
    fc.assert(
      fc.property(
        genDoc,
        genLayout,
        fc.array(genPlan, { minLength: 1, maxLength: 5 }),
        (root, layout, plans) => {
          const nl = (s: string): string => (layout.crlf ? s.replace(/\n/g, '\r\n') : s);
          const original = nl(BEFORE) + writeDoc(root, layout) + (layout.noFinalNewline ? '' : nl(AFTER));
          const edits: Edit[] = [];
          let text = original;
          for (const plan of plans) {
            const edit = toEdit(plan, readJs(text));
            if (!edit) continue;
            const r = applyEdit(text, edit, { doc: 1 });
            if (!r.ok) return;
            edits.push(edit);
            text = r.text;
          }
          const batch = applyEdits(original, edits, { doc: 1 });
          if (!batch.ok) throw new Error(`${batch.error}\n${JSON.stringify(edits)}\n${original}`);
          expect(batch.text).toBe(text);
          expect(applySplices(original, batch.splices)).toBe(batch.text);
          expect(parseAllDocuments(batch.text).every((d) => d.errors.length === 0)).toBe(true);
          const kept = commentTokens(original).filter(
            (c) => !batch.splices.some((sp) => c.at >= sp.from && c.at < sp.to),
          );
          const after = countTokens(commentTokens(batch.text));
          for (const [token, n] of countTokens(kept))
            expect(after.get(token) ?? 0, token).toBeGreaterThanOrEqual(n);
        },
      ),
      { numRuns: Number(process.env.EDIT_RUNS ?? 100) },
    );
  }, 60_000);
});
