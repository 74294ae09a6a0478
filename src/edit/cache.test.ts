import { describe, expect, it } from 'vitest';
import { parseAllDocuments, type Document } from 'yaml';
import { readSnapshot } from '../form/snapshot';
import { checkText } from '../judge/check';
import { clearSourceCache, parseCached, sourceCacheStats } from '../yaml/sourceCache';
import { applySplices } from './compose';
import { applyEdit, applyEdits, type Edit } from './edit';
import { scopeFor, type Scope } from './scope';
import { verify, verifyInScope, type Expectation } from './verify';

// A pipeline with enough operations that one environment is a small part of it.
function pipeline(operations: number): string {
  const lines = ['version: 1.1', 'kind: component', 'run:', '  kind: dag', '  operations:'];
  for (let i = 0; i < operations; i++) {
    lines.push(
      `    # step ${i}`,
      `    - name: step-${i}`,
      '      component:',
      '        run:',
      '          kind: job',
      '          environment:',
      '            labels:',
      `              example.com/team: team-${i}`,
      `              cost-center: cc-${i}`,
      '            tolerations:',
      '              - key: node.example.com/gpu',
      '                operator: Exists',
      '            restartPolicy: Never',
      '          container:',
      `            image: train:${i}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

const TEXT = pipeline(12);
const ENV = ['run', 'operations', 5, 'component', 'run', 'environment'];
const EDITS: Edit[] = [
  { op: 'set', path: [...ENV, 'restartPolicy'], value: 'OnFailure' },
  { op: 'insert', path: [...ENV, 'tolerations'], index: 1, value: { key: 'b', operator: 'Exists' } },
  { op: 'remove', path: [...ENV, 'labels', 'cost-center'] },
  { op: 'renameKey', path: [...ENV, 'labels', 'cost-center'], newKey: 'cost' },
  { op: 'move', path: [...ENV, 'labels'], from: 1, to: 0 },
  { op: 'set', path: [...ENV, 'nodeSelector', 'tier'], value: 'gpu' },
];

// The tree of a parse, with positions and styles, as plain data.
function shape(text: string, docs: readonly Document.Parsed[] = parseCached(text).docs): string {
  return JSON.stringify(
    docs.map((d) => d.contents),
    (key, value: unknown) => (key === 'srcToken' ? undefined : value),
  );
}

describe('edits and the parse cache', () => {
  it('give the same result twice from the same text, and leave its cached parse as it was', () => {
    clearSourceCache();
    const parsed = parseAllDocuments(TEXT, { keepSourceTokens: true, uniqueKeys: false });
    const fresh = shape(TEXT, parsed as Document.Parsed[]);
    expect(shape(TEXT)).toBe(fresh);
    for (const edit of EDITS) {
      const first = applyEdit(TEXT, edit);
      const second = applyEdit(TEXT, edit);
      expect(first.ok, JSON.stringify(edit)).toBe(true);
      expect(second).toEqual(first);
      expect(shape(TEXT)).toBe(fresh);
    }
    expect(applyEdits(TEXT, EDITS)).toEqual(applyEdits(TEXT, EDITS));
    expect(shape(TEXT)).toBe(fresh);
  });

  it('parse each text once: the check, the form and the next edit share it', () => {
    clearSourceCache();
    checkText(TEXT);
    readSnapshot(TEXT, { doc: 0, path: ENV });
    const edited = applyEdit(TEXT, EDITS[0] as Edit);
    if (!edited.ok) throw new Error(edited.error);
    // Verified on the environment's lines only: the new text is not parsed yet.
    expect(sourceCacheStats()).toMatchObject({ misses: 1, hits: 2 });
    const checked = checkText(edited.text);
    expect(checked.sections.find((s) => s.path.join('.') === ENV.join('.'))?.value).toMatchObject({
      restartPolicy: 'OnFailure',
    });
    const snap = readSnapshot(edited.text, { doc: 0, path: ENV });
    expect(snap).toMatchObject({ status: 'ok', value: { restartPolicy: 'OnFailure' } });
    const again = applyEdit(edited.text, EDITS[2] as Edit);
    expect(again.ok).toBe(true);
    expect(sourceCacheStats()).toMatchObject({ misses: 2, hits: 4 });
  });

  it('keep the whole-text parse for the check when an edit cannot be verified in part', () => {
    clearSourceCache();
    // An alias in the changed lines reaches across the text: the whole text is read.
    const text = `defaults: &d cc\n${TEXT}`.replace('cost-center: cc-5\n', 'cost-center: *d\n');
    expect(text).toContain('*d');
    const edited = applyEdit(text, { op: 'set', path: [...ENV, 'labels', 'x'], value: 'y' });
    if (!edited.ok) throw new Error(edited.error);
    expect(sourceCacheStats()).toMatchObject({ misses: 2 });
    checkText(edited.text);
    expect(sourceCacheStats()).toMatchObject({ misses: 2 });
  });
});

describe('verify', () => {
  const path = [...ENV, 'restartPolicy'];
  const doc = parseCached(TEXT).docs[0] ?? null;
  const at = TEXT.indexOf('Never', TEXT.indexOf('step-5'));
  const expectation: Expectation = { kind: 'value', path, value: 'OnFailure' };

  function check(insert: string, from = at, to = at + 5): { inScope: boolean; problem: string | null } {
    const splices = [{ from, to, insert }];
    const scope = scopeFor(TEXT, doc, splices, path) as Scope;
    expect(scope).toMatchObject({ kind: 'map', col: 12, depth: 6 });
    const next = applySplices(TEXT, splices);
    const scoped = { scope, text: TEXT, splices };
    return {
      inScope: verifyInScope(scoped, expectation),
      problem: verify(next, 0, 1, expectation, scoped),
    };
  }

  it('accepts a right splice from the changed lines alone', () => {
    expect(check('OnFailure')).toEqual({ inScope: true, problem: null });
  });

  it('refuses a splice that writes another value', () => {
    expect(check('Always')).toEqual({
      inScope: false,
      problem: 'the edited value would not read back as written',
    });
  });

  it('refuses a splice that breaks the YAML', () => {
    expect(check('"OnFailure')).toMatchObject({
      inScope: false,
      problem: expect.stringMatching(/^the edit would produce invalid YAML/),
    });
  });

  it('refuses a splice that moves text out of the collection', () => {
    // The value lands on a line of its own at column 0: the document no longer reads.
    const out = check('\nrestartPolicy: OnFailure');
    expect(out.inScope).toBe(false);
    expect(out.problem).not.toBeNull();
  });

  it('refuses a splice that runs the last line into the next one', () => {
    // Removing the line end after the environment joins `container:` to its last line.
    const end = TEXT.indexOf('\n', at);
    expect(check('OnFailure', at, end + 1)).toMatchObject({ inScope: false, problem: expect.any(String) });
  });
});
