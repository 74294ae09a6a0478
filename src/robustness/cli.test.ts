import { describe, expect, it } from 'vitest';
import { run } from '../cli/run';
import { decodeUtf8 } from '../cli/read';
import * as inputs from './inputs';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const reader =
  (files: Record<string, Uint8Array>) =>
  (path: string): Uint8Array => {
    const bytes = files[path];
    if (!bytes) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
    return bytes;
  };

describe('hostile files through the CLI', { timeout: 60_000 }, () => {
  it('refuses invalid UTF-8 with the offset of the first bad byte (exit 2)', () => {
    const bytes = inputs.invalidUtf8();
    const out = run(['check', 'bad.yaml'], reader({ 'bad.yaml': bytes }));
    expect(out.code).toBe(2);
    expect(out.stderr).toContain(
      `bad.yaml: cannot check: not valid UTF-8 (first bad byte at offset ${bytes.length - 4})`,
    );
  });

  it.each([
    [[0xff], 0],
    [[0x61, 0xc3], 1],
    [[0x61, 0xe2, 0x82], 1],
    [[0x61, 0xe2, 0x82, 0x41], 1],
    [[0xc3, 0xa9, 0xed, 0xa0, 0x80], 2],
    [[0x61, 0x62, 0xf8, 0x63], 2],
  ])('finds the first bad byte of %j at %i', (bytes, at) => {
    const result = decodeUtf8(new Uint8Array(bytes));
    expect(result).toEqual({ ok: false, error: `not valid UTF-8 (first bad byte at offset ${at})` });
  });

  it('refuses a file with NUL bytes as binary (exit 2)', () => {
    const out = run(['check', 'nul.yaml'], reader({ 'nul.yaml': encode(inputs.nulInside()) }));
    expect(out.code).toBe(2);
    const at = inputs.nulInside().indexOf('\u0000');
    expect(out.stderr).toContain(`nul.yaml: cannot check: binary content: a NUL byte at offset ${at};`);
  });

  it('refuses binary junk without throwing', () => {
    const junk = new Uint8Array(Array.from(inputs.binaryJunk(10_000), (c) => c.charCodeAt(0)));
    const out = run(['check', 'junk.bin'], reader({ 'junk.bin': junk }));
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/^junk\.bin: cannot check: (not valid UTF-8|binary content)/);
  });

  it('reports control characters that decode as UTF-8 (exit 1)', () => {
    const out = run(
      ['check', 'c.yaml'],
      reader({ 'c.yaml': encode('environment:\n  labels: {a: "\u0007"}\n') }),
    );
    expect(out.code).toBe(1);
    expect(out.stdout).toContain(
      'c.yaml:2:16: error yaml-syntax the text contains U+0007 at line 2, column 16',
    );
  });

  it('refuses a 5 MB file with one clear error (exit 1)', () => {
    const out = run(['check', 'big.yaml'], reader({ 'big.yaml': encode(inputs.bigFile()) }));
    expect(out.code).toBe(1);
    expect(out.stdout).toContain('big.yaml:1:1: error text-too-large the text is 5.0 MB');
  });

  it('reports deep nesting and alias bombs (exit 1), and cannot export them', () => {
    const files = { 'deep.yaml': encode(inputs.deepFlow()), 'lol.yaml': encode(inputs.billionLaughs()) };
    const out = run(['check', 'deep.yaml', 'lol.yaml'], reader(files));
    expect(out.code).toBe(1);
    expect(out.stdout).toMatch(/deep\.yaml:\d+:\d+: error yaml-syntax the text nests too deeply to read/);
    expect(out.stdout).toMatch(/lol\.yaml:\d+:\d+: error alias-too-deep aliases expand this section/);
    const exported = run(['export', 'lol.yaml', '--to', 'json'], reader(files));
    expect(exported.code).toBe(1);
    expect(exported.stderr).toContain('alias-too-deep');
  });
});
