import { describe, expect, it } from 'vitest';
import { applyEdit } from '../edit/edit';
import { exportSection } from '../export/exportSection';
import type { Issue } from '../issues/issue';
import { checkText } from '../judge/check';
import * as inputs from './inputs';

// Hostile input gives a clear issue and never throws. No timings here: `npm run bench` reports them.

function issues(text: string): Issue[] {
  return checkText(text).issues;
}

function find(text: string, code: string): Issue | undefined {
  return issues(text).find((i) => i.code === code);
}

describe('hostile input in the core', { timeout: 60_000 }, () => {
  it('refuses a 5 MB file at once with a clear error', () => {
    const text = inputs.bigFile();
    expect(text.length).toBeGreaterThan(5_000_000);
    const result = checkText(text);
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({ code: 'text-too-large', severity: 'error' });
    expect(result.issues[0]?.message).toMatch(
      /^the text is 5\.0 MB, more than the 1\.0 MB this checker reads/,
    );
    expect(result.sections).toEqual([]);
    expect(exportSection(text, { to: 'json' }).ok).toBe(false);
  });

  it('takes the limit as an option', () => {
    const text = inputs.bigFile(120_000);
    expect(checkText(text, { maxLength: 100_000 }).issues.map((i) => i.code)).toEqual(['text-too-large']);
    const result = checkText(text);
    expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(result.sections).toHaveLength(1);
  });

  it('refuses to edit a 5 MB file, at once', () => {
    const edit = applyEdit(inputs.bigFile(), { op: 'remove', path: ['environment', 'labels'] });
    expect(edit).toEqual({
      ok: false,
      error: 'The text is 5.0 MB, more than the 1.0 MB the editor changes',
    });
  });

  it.each([
    ['flow lists', inputs.deepFlow()],
    ['flow mappings', inputs.deepFlowMap()],
    ['block lists', inputs.deepBlock()],
    ['indented block mappings', inputs.deepIndent()],
  ])('reports 10,000-deep nesting (%s) once, as too deep to read', (_, text) => {
    const deep = issues(text).filter((i) => /nests too deeply/.test(i.message));
    expect(deep).toHaveLength(1);
    expect(deep[0]).toMatchObject({ code: 'yaml-syntax', severity: 'error' });
    expect(deep[0]?.message).toMatch(/flatten/);
  });

  it('reads moderate nesting normally', () => {
    const result = checkText(inputs.deepFlowMap(200));
    expect(result.issues.some((i) => /nests too deeply/.test(i.message))).toBe(false);
    expect(result.sections[0]?.value).not.toBeNull();
  });

  it.each([
    ['lists', inputs.billionLaughs(), ['environment']],
    ['mappings', inputs.billionLaughsMap(), ['run', 'environment']],
  ])('caps a "billion laughs" (%s) with alias-too-deep', (_, text, path) => {
    const result = checkText(text);
    const issue = result.issues.find((i) => i.code === 'alias-too-deep');
    expect(issue).toMatchObject({ severity: 'error', source: 'yaml', path });
    expect(issue?.message).toMatch(/aliases expand this section to more than 100,000 values/);
    expect(issue?.message).toMatch(/billion laughs/);
    expect(result.sections[0]?.value).toBeNull();
    const exported = exportSection(text, { to: 'json' });
    expect(exported.ok).toBe(false);
    if (!exported.ok) expect(exported.issues.map((i) => i.code)).toContain('alias-too-deep');
  });

  it('keeps ordinary aliases working', () => {
    const text = 'environment:\n  labels: &l {team: vision}\n  nodeSelector: *l\n';
    const result = checkText(text);
    expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(result.sections[0]?.value).toMatchObject({ nodeSelector: { team: 'vision' } });
  });

  it('judges a very long line', () => {
    const issue = find(inputs.longLine(), 'label-value-invalid');
    expect(issue?.message).toMatch(/must be no more than 63 characters/);
    expect(issue?.message.length).toBeLessThan(1000);
  });

  it('reports a key longer than YAML allows', () => {
    const issue = find(inputs.longKey(), 'yaml-syntax');
    expect(issue?.message).toMatch(/at most 1024 chars/);
  });

  it('reads a long flow line of tolerations', () => {
    const result = checkText(inputs.longFlowLine(2_000));
    expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect((result.sections[0]?.value as { tolerations: unknown[] }).tolerations).toHaveLength(2_000);
  });

  it('says binary junk is not a text YAML can read', () => {
    const issue = issues(inputs.binaryJunk()).find((i) => i.data?.yamlCode === 'NON_PRINTABLE');
    expect(issue).toMatchObject({ code: 'yaml-syntax', severity: 'error' });
    expect(issue?.message).toMatch(
      /^the text contains U\+[0-9A-F]{4}.* at line \d+, column \d+ \(and at least 9999 more\)/,
    );
    expect(issue?.message).toMatch(/is it binary\?/);
  });

  it('reports a NUL byte where it is', () => {
    const issue = issues(inputs.nulInside()).find((i) => i.data?.yamlCode === 'NON_PRINTABLE');
    expect(issue?.message).toMatch(
      /^the text contains U\+0000 \(NUL\) at line 3, column 13, a control character/,
    );
    expect(issue?.range.start).toMatchObject({ line: 3, col: 13 });
    expect(exportSection(inputs.nulInside(), { to: 'json' }).ok).toBe(false);
  });

  it('reports a lone surrogate and accepts emoji, tabs and NEL', () => {
    const lone = issues('environment:\n  labels: {a: "\ud800"}\n').find((i) => i.code === 'yaml-syntax');
    expect(lone?.message).toMatch(/U\+D800 \(a lone surrogate\)/);
    const fine = checkText('environment:\n  annotations: {note: "ok 🚀\tand\u0085"}\n');
    expect(fine.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it.each([
    ['deep flow', inputs.deepFlow()],
    ['deep block', inputs.deepBlock()],
    ['billion laughs', inputs.billionLaughs()],
    ['billion laughs (mappings)', inputs.billionLaughsMap()],
    ['a long line', inputs.longLine()],
    ['a long key', inputs.longKey()],
    ['a long flow line', inputs.longFlowLine(500)],
    ['binary junk', inputs.binaryJunk(20_000)],
    ['a NUL byte', inputs.nulInside()],
  ])('edits and exports %s without throwing', (_, text) => {
    const edit = applyEdit(text, { op: 'set', path: ['environment', 'nodeName'], value: 'n1' });
    if (!edit.ok) expect(edit.error.length).toBeGreaterThan(0);
    const exported = exportSection(text, { to: 'json' });
    if (!exported.ok) expect(exported.error.length).toBeGreaterThan(0);
  });
});
