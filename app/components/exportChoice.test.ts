import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/index';
import { chooseTarget, editableSections } from '../state/formTarget';
import { buildExport, errorsWarning, previewOf } from './exportChoice';

const FILE = `# the run
run:
  environment:
    nodeSelector: {disk: 'ssd'}   # fast disks
`;

const target = (text: string) => chooseTarget(editableSections(checkText(text).sections), null, 'auto');

describe('buildExport', () => {
  it('gives the text as it is for the whole file, and the section for the other scopes', () => {
    const base = { text: FILE, kind: 'auto', target: target(FILE), format: 'yaml' } as const;
    expect(buildExport({ ...base, scope: 'file' })).toMatchObject({
      ok: true,
      text: FILE,
      fileName: 'environment.yaml',
    });
    expect(buildExport({ ...base, scope: 'section' })).toMatchObject({
      ok: true,
      text: "environment:\n  nodeSelector: {disk: 'ssd'}   # fast disks\n",
    });
    expect(buildExport({ ...base, scope: 'body' })).toMatchObject({
      ok: true,
      text: "nodeSelector: {disk: 'ssd'}   # fast disks\n",
    });
  });

  it('names the file after the kind and the format', () => {
    const text = 'cleaner:\n  imageTag: v2\n';
    const json = buildExport({ text, kind: 'auto', target: target(text), format: 'json', scope: 'file' });
    expect(json).toMatchObject({ ok: true, text: '{\n  "imageTag": "v2"\n}\n', fileName: 'cleaner.json' });
    const python = buildExport({ text, kind: 'auto', target: target(text), format: 'python', scope: 'file' });
    expect(python).toMatchObject({ ok: true, fileName: 'cleaner.py', mimeType: 'text/x-python' });
  });

  it('exports a section with errors, and says why one that cannot be read is not exported', () => {
    const broken = 'environment:\n  tolerations:\n    - effect: later\n';
    const json = buildExport({
      text: broken,
      kind: 'auto',
      target: target(broken),
      format: 'json',
      scope: 'file',
    });
    expect(json).toMatchObject({
      ok: true,
      text: '{\n  "tolerations": [\n    {\n      "effect": "later"\n    }\n  ]\n}\n',
    });
    const list = 'environment: [1]\n';
    const refused = buildExport({
      text: list,
      kind: 'auto',
      target: target(list),
      format: 'json',
      scope: 'file',
    });
    expect(refused).toMatchObject({
      ok: false,
      error:
        'Cannot export: environment cannot be read: line 1: environment must be a mapping of fields, not a list',
    });
  });
});

describe('previewOf', () => {
  it('keeps short texts whole and counts the lines left out of long ones', () => {
    expect(previewOf('a\nb\n')).toEqual({ shown: 'a\nb', more: 0 });
    const long = Array.from({ length: 45 }, (_, i) => `line${i}`).join('\n') + '\n';
    const preview = previewOf(long);
    expect(preview.more).toBe(5);
    expect(preview.shown.split('\n')).toHaveLength(40);
    expect(preview.shown.endsWith('line39')).toBe(true);
  });
});

describe('errorsWarning', () => {
  it('counts the errors, and is absent without any', () => {
    expect(errorsWarning(0)).toBeNull();
    expect(errorsWarning(1)).toBe('This file has 1 error; Polyaxon will reject it as it is.');
    expect(errorsWarning(2)).toBe('This file has 2 errors; Polyaxon will reject it as it is.');
  });
});
