import { spawnSync } from 'node:child_process';

/**
 * Test support only: asks the local python3 + PyYAML what they make of inputs, so tests can
 * compare our re-implementations with the real thing. `pythonAvailable` is false when python3 or
 * PyYAML is missing (CI), and the comparing tests are skipped then.
 */

const SCRIPT = String.raw`
import json, re, sys
import yaml

def describe(v):
    if v is None: return ['NoneType', '']
    if isinstance(v, bool): return ['bool', str(v)]
    if isinstance(v, int): return ['int', str(v)]
    if isinstance(v, float): return ['float', repr(v)]
    if isinstance(v, str): return ['str', v]
    return [type(v).__name__, str(v)]

def scalar(s):
    loader = yaml.SafeLoader('')
    tag = loader.resolve(yaml.ScalarNode, s, (True, False))
    try:
        return describe(loader.construct_object(yaml.ScalarNode(tag, s), deep=True))
    except Exception as e:
        return ['error', type(e).__name__]

def snake(s):
    r1 = re.compile(r"([A-Z]+)([A-Z][a-z])")
    r2 = re.compile(r"([a-z\d])([A-Z])")
    return r2.sub(r"\1_\2", r1.sub(r"\1_\2", s)).lower()

def load(s):
    try:
        return json.loads(json.dumps(yaml.safe_load(s), default=str))
    except Exception as e:
        return {'error': type(e).__name__}

req = json.load(sys.stdin)
mode, inputs = req['mode'], req['inputs']
if mode == 'scalar': out = [scalar(s) for s in inputs]
elif mode == 'snake': out = [snake(s) for s in inputs]
elif mode == 'repr': out = [repr(float(s)) for s in inputs]
elif mode == 'load': out = [load(s) for s in inputs]
else: raise SystemExit('unknown mode')
json.dump(out, sys.stdout)
`;

function run(mode: string, inputs: readonly string[]): unknown {
  const result = spawnSync('python3', ['-c', SCRIPT], {
    input: JSON.stringify({ mode, inputs }),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`python3 failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as unknown;
}

function probe(): boolean {
  try {
    return spawnSync('python3', ['-c', 'import yaml'], { encoding: 'utf8' }).status === 0;
  } catch {
    return false;
  }
}

/** True when python3 with PyYAML can be run here. */
export const pythonAvailable: boolean = probe();

/** PyYAML's [type name, text] for plain scalars: resolver + SafeConstructor, `['error', cls]` when it raises. */
export function pyyamlScalars(inputs: readonly string[]): [string, string][] {
  return run('scalar', inputs) as [string, string][];
}

/** clipped's `to_snake_case`, run with Python's `re`. */
export function pythonSnakeCase(inputs: readonly string[]): string[] {
  return run('snake', inputs) as string[];
}

/** Python `repr(float(text))` for each text. */
export function pythonFloatRepr(inputs: readonly string[]): string[] {
  return run('repr', inputs) as string[];
}

/** `yaml.safe_load(text)` as JSON (non-JSON values through `str()`), or `{error: cls}`. */
export function pyyamlLoad(inputs: readonly string[]): unknown[] {
  return run('load', inputs) as unknown[];
}
