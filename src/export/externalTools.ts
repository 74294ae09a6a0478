/**
 * Runs python3 and black for the export tests (not used by the app or the CLI).
 * Each helper returns null when the tool is missing, so tests can skip.
 */
import { spawnSync } from 'node:child_process';

const ENV = { ...process.env, PYTHONIOENCODING: 'utf-8', PYTHONUTF8: '1' };

function available(command: string, args: string[]): boolean {
  const run = spawnSync(command, args, { encoding: 'utf8', env: ENV });
  return run.status === 0;
}

/** True when `python3` runs. */
export const hasPython = available('python3', ['--version']);

/** True when `black` runs. */
export const hasBlack = available('black', ['--version']);

/** Runs a python3 script with `input` on stdin; returns stdout, or throws with stderr. */
export function runPython(script: string, input: string): string {
  const run = spawnSync('python3', ['-c', script], { input, encoding: 'utf8', env: ENV, maxBuffer: 1 << 28 });
  if (run.status !== 0) throw new Error(`python3 failed: ${run.stderr}`);
  return run.stdout;
}

/** Formats Python source with `black -q --fast -l <lineLength> -`; throws with black's message. */
export function runBlack(source: string, lineLength = 88): string {
  const run = spawnSync('black', ['-q', '--fast', '-l', String(lineLength), '-'], {
    input: source,
    encoding: 'utf8',
    env: ENV,
    maxBuffer: 1 << 28,
  });
  if (run.status !== 0) throw new Error(`black failed: ${run.stderr}`);
  return run.stdout;
}

/**
 * For each snippet: whether `ast.parse` accepts it, and the keyword arguments of its last
 * statement's call, each value read back with `ast.literal_eval` (null when it is not a
 * literal). One python3 process for the whole batch.
 */
export function readCalls(
  snippets: readonly string[],
): ({ ok: true; kw: [string, unknown][] } | { ok: false; error: string })[] {
  const script = [
    'import ast, json, sys',
    'out = []',
    'for src in json.load(sys.stdin):',
    '    try:',
    '        call = ast.parse(src).body[-1].value',
    '        kw = []',
    '        for k in call.keywords:',
    '            try:',
    '                kw.append([k.arg, ast.literal_eval(k.value)])',
    '            except Exception:',
    '                kw.append([k.arg, None])',
    '        out.append({"ok": True, "kw": kw})',
    '    except SyntaxError as e:',
    '        out.append({"ok": False, "error": repr(e)})',
    'json.dump(out, sys.stdout)',
  ].join('\n');
  return JSON.parse(runPython(script, JSON.stringify(snippets))) as ReturnType<typeof readCalls>;
}
