import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './run';

function reader(files: Record<string, string | Uint8Array>) {
  return (path: string): Uint8Array => {
    const content = files[path];
    if (content === undefined) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
    return typeof content === 'string' ? new TextEncoder().encode(content) : content;
  };
}

const BAD = 'environment:\n  restartPolicy: never\n  tolerations:\n    - key: gpu\n      operator: Exists\n';
const GOOD = 'environment:\n  nodeSelector:\n    disktype: ssd\n';

describe('cli check', () => {
  it('prints FILE:LINE:COL: SEVERITY CODE message and a summary, exit 1 on errors', () => {
    const out = run(['check', 'bad.yaml'], reader({ 'bad.yaml': BAD }));
    expect(out.code).toBe(1);
    const lines = out.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^bad\.yaml:2:18: error invalid-enum /);
    expect(lines.at(-1)).toMatch(/^1 error, 0 warnings, \d+ infos? in 1 file$/);
  });

  it('exits 0 on a clean file', () => {
    const out = run(['check', 'good.yaml'], reader({ 'good.yaml': GOOD }));
    expect(out).toMatchObject({ code: 0, stderr: '' });
  });

  it('prints JSON with paths, positions and sections', () => {
    const out = run(['check', '--format', 'json', 'bad.yaml'], reader({ 'bad.yaml': BAD }));
    const json = JSON.parse(out.stdout) as {
      files: { detected: string; sections: unknown[]; issues: unknown[] }[];
    };
    expect(json.files[0]?.detected).toBe('wrapper');
    expect(json.files[0]?.sections).toEqual([{ path: 'environment', kind: 'environment', doc: 0 }]);
    expect(json.files[0]?.issues[0]).toMatchObject({
      severity: 'error',
      code: 'invalid-enum',
      path: 'environment.restartPolicy',
      line: 2,
      col: 18,
      endLine: 2,
      endCol: 23,
      source: 'polyaxon',
    });
  });

  it('exits 2 on unreadable files and bad arguments, with a clear message', () => {
    const missing = run(['check', 'nope.yaml'], reader({}));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.yaml: cannot check: no such file');
    expect(run(['check'], reader({})).code).toBe(2);
    expect(run(['check', '--format', 'xml', 'a'], reader({ a: GOOD })).stderr).toContain(
      '--format must be one of',
    );
    expect(run(['frobnicate'], reader({})).code).toBe(2);
    const binary = run(['check', 'b'], reader({ b: new Uint8Array([0x61, 0x3a, 0x20, 0xff, 0xfe]) }));
    expect(binary).toMatchObject({ code: 2 });
    expect(binary.stderr).toContain('not valid UTF-8 (first bad byte at offset 3)');
  });

  it('documents itself', () => {
    const help = run(['--help'], reader({}));
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Exit status');
  });
});

describe('cli export', () => {
  const file = 'environment:\n  # who owns it\n  labels:\n    team: vision\n  node_selector: {gpu: true}\n';
  it('exports JSON as Polyaxon holds the section', () => {
    const out = run(['export', 'f.yaml', '--to', 'json'], reader({ 'f.yaml': file }));
    expect(out.code).toBe(0);
    expect(JSON.parse(out.stdout)).toEqual({ labels: { team: 'vision' }, nodeSelector: { gpu: 'true' } });
  });
  it('exports the section text with its comments', () => {
    const out = run(['export', 'f.yaml', '--to', 'yaml'], reader({ 'f.yaml': file }));
    expect(out.stdout).toBe(file);
  });
  it('exports a Python snippet', () => {
    const out = run(['export', 'f.yaml', '--to', 'python'], reader({ 'f.yaml': file }));
    expect(out.stdout).toContain('from polyaxon.schemas import V1Environment');
    expect(out.stdout).toContain('node_selector={"gpu": "true"}');
  });
  it('refuses a section with errors (exit 1) and a missing section (exit 2)', () => {
    const bad = run(['export', 'b.yaml', '--to', 'json'], reader({ 'b.yaml': BAD }));
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('invalid-enum');
    const none = run(
      ['export', 'g.yaml', '--to', 'json', '--section', 'run.environment'],
      reader({ 'g.yaml': GOOD }),
    );
    expect(none.code).toBe(2);
  });
});

describe('cli fix', () => {
  const broken =
    'environment:\n  # keep me\n  restartPolicy: never\n  labels:\n    on: x\n  nodeName: a\n  nodeName: b\n';
  const repaired =
    'environment:\n  # keep me\n  restartPolicy: Never\n  labels:\n    "on": x\n  nodeName: a\n  nodeName: b\n';

  it('prints the repaired file and reports fixes and what is left on stderr', () => {
    const out = run(['fix', 'f.yaml'], reader({ 'f.yaml': broken }));
    expect(out.code).toBe(0);
    expect(out.stdout).toBe(repaired);
    const lines = out.stderr.trim().split('\n');
    expect(lines[0]).toMatch(/^f\.yaml:3:18: fixed invalid-enum restartPolicy must be one of/);
    expect(lines[1]).toMatch(/^f\.yaml:5:5: fixed yaml11-bool /);
    expect(lines).toContainEqual(expect.stringMatching(/^f\.yaml:6:3: warning yaml-duplicate-key /));
    expect(lines.at(-1)).toMatch(/^fixed 2 issues; left: 0 errors, 1 warning, \d+ infos? in 1 file$/);
  });

  it('writes the file in place with --write and prints nothing to stdout', () => {
    const written: Record<string, string> = {};
    const out = run(['fix', 'f.yaml', '--write'], reader({ 'f.yaml': broken }), (path, text) => {
      written[path] = text;
    });
    expect(out).toMatchObject({ code: 0, stdout: '' });
    expect(written).toEqual({ 'f.yaml': repaired });
    const clean = run(['fix', 'g.yaml', '--write'], reader({ 'g.yaml': GOOD }), () => {
      throw new Error('must not write an unchanged file');
    });
    expect(clean.code).toBe(0);
  });

  it('limits fixes with --only and exits 1 when errors are left', () => {
    const out = run(['fix', 'f.yaml', '--only', 'yaml11-bool'], reader({ 'f.yaml': broken }));
    expect(out.code).toBe(1);
    expect(out.stdout).toBe(broken.replace('on: x', '"on": x'));
    expect(out.stderr).toMatch(/f\.yaml:3:18: error invalid-enum /);
  });

  it('exits 2 on unreadable files and bad arguments', () => {
    expect(run(['fix', 'nope.yaml'], reader({}))).toMatchObject({
      code: 2,
      stderr: 'nope.yaml: cannot fix: no such file\n',
    });
    expect(run(['fix'], reader({})).code).toBe(2);
    expect(run(['fix', 'a', 'b'], reader({})).code).toBe(2);
    expect(run(['fix', '-', '--write'], reader({})).stderr).toContain('--write needs a file');
    expect(run(['fix', 'f.yaml', '--only', 'no-such-code'], reader({ 'f.yaml': broken })).stderr).toContain(
      '--only: no fix for no-such-code',
    );
    expect(run(['fix', 'f.yaml', '--kind', 'pod'], reader({ 'f.yaml': broken })).code).toBe(2);
  });
});

describe('the real command', () => {
  it('runs through npm with the documented exit codes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-'));
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, BAD);
    const result = spawnSync('npx', ['tsx', 'src/cli/main.ts', 'check', bad], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(`${bad}:2:18: error invalid-enum`);
    const good = join(dir, 'good.yaml');
    writeFileSync(good, GOOD);
    expect(execFileSync('npx', ['tsx', 'src/cli/main.ts', 'check', good], { encoding: 'utf8' })).toContain(
      '0 errors',
    );
  }, 30000);
});
