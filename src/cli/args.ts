/** Parsed command line of the CLI. Errors are data: `{ error }` ends the run with exit 2. */
export type Command =
  | { readonly name: 'help' }
  | {
      readonly name: 'check';
      readonly files: readonly string[];
      readonly kind: 'auto' | 'environment' | 'cleaner';
      readonly format: 'text' | 'json';
      readonly policy: 'none' | 'baseline' | 'restricted';
    }
  | {
      readonly name: 'export';
      readonly file: string;
      readonly to: 'yaml' | 'json' | 'python';
      readonly section?: string;
      readonly kind: 'auto' | 'environment' | 'cleaner';
      readonly wrapper: boolean;
    }
  | {
      readonly name: 'fix';
      readonly file: string;
      readonly write: boolean;
      readonly only?: readonly string[];
      readonly kind: 'auto' | 'environment' | 'cleaner';
      readonly policy: 'none' | 'baseline' | 'restricted';
    };

export type ParseResult =
  { readonly ok: true; readonly command: Command } | { readonly ok: false; readonly error: string };

const CHOICES = {
  kind: ['auto', 'environment', 'cleaner'],
  format: ['text', 'json'],
  policy: ['none', 'baseline', 'restricted'],
  to: ['yaml', 'json', 'python'],
} as const;

type Flag = keyof typeof CHOICES | 'section' | 'only';

function takeFlags(
  args: readonly string[],
  allowed: readonly Flag[],
  booleans: readonly string[] = [],
): { flags: Map<string, string>; bools: Set<string>; positional: string[] } | string {
  const flags = new Map<string, string>();
  const bools = new Set<string>();
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--') {
      positional.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--') || arg === '-') {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    if (booleans.includes(name)) {
      bools.add(name);
      continue;
    }
    if (!(allowed as readonly string[]).includes(name)) return `unknown option --${name}`;
    const value = eq < 0 ? args[++i] : arg.slice(eq + 1);
    if (value === undefined || (eq < 0 && value.startsWith('--'))) return `--${name} needs a value`;
    const choices = name in CHOICES ? CHOICES[name as keyof typeof CHOICES] : null;
    if (choices && !(choices as readonly string[]).includes(value)) {
      return `--${name} must be one of ${choices.join(', ')}, not "${value}"`;
    }
    flags.set(name, value);
  }
  return { flags, bools, positional };
}

/** Parses `check|export|fix ...` arguments (without the node and script names). */
export function parseArgs(argv: readonly string[]): ParseResult {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    return { ok: true, command: { name: 'help' } };
  }
  if (rest.includes('--help') || rest.includes('-h')) return { ok: true, command: { name: 'help' } };
  if (name === 'check') {
    const parsed = takeFlags(rest, ['kind', 'format', 'policy']);
    if (typeof parsed === 'string') return { ok: false, error: parsed };
    if (parsed.positional.length === 0) return { ok: false, error: 'check needs at least one FILE' };
    return {
      ok: true,
      command: {
        name: 'check',
        files: parsed.positional,
        kind: (parsed.flags.get('kind') ?? 'auto') as 'auto',
        format: (parsed.flags.get('format') ?? 'text') as 'text',
        policy: (parsed.flags.get('policy') ?? 'none') as 'none',
      },
    };
  }
  if (name === 'export') {
    const parsed = takeFlags(rest, ['to', 'section', 'kind'], ['no-wrapper']);
    if (typeof parsed === 'string') return { ok: false, error: parsed };
    if (parsed.positional.length !== 1) return { ok: false, error: 'export needs exactly one FILE' };
    const to = parsed.flags.get('to');
    if (!to) return { ok: false, error: 'export needs --to yaml|json|python' };
    const section = parsed.flags.get('section');
    return {
      ok: true,
      command: {
        name: 'export',
        file: parsed.positional[0] ?? '',
        to: to as 'yaml',
        kind: (parsed.flags.get('kind') ?? 'auto') as 'auto',
        wrapper: !parsed.bools.has('no-wrapper'),
        ...(section !== undefined ? { section } : {}),
      },
    };
  }
  if (name === 'fix') {
    const parsed = takeFlags(rest, ['only', 'kind', 'policy'], ['write']);
    if (typeof parsed === 'string') return { ok: false, error: parsed };
    if (parsed.positional.length !== 1) return { ok: false, error: 'fix needs exactly one FILE' };
    const file = parsed.positional[0] ?? '';
    const write = parsed.bools.has('write');
    if (write && file === '-') return { ok: false, error: '--write needs a file, not standard input' };
    const only = parsed.flags.get('only');
    const codes = only
      ?.split(',')
      .map((c) => c.trim())
      .filter((c) => c !== '');
    if (codes?.length === 0) return { ok: false, error: '--only needs at least one CODE' };
    return {
      ok: true,
      command: {
        name: 'fix',
        file,
        write,
        kind: (parsed.flags.get('kind') ?? 'auto') as 'auto',
        policy: (parsed.flags.get('policy') ?? 'none') as 'none',
        ...(codes ? { only: codes } : {}),
      },
    };
  }
  return { ok: false, error: `unknown command "${name}"; use check, export or fix (see --help)` };
}

export const HELP = `Usage:
  cli check FILE... [--kind auto|environment|cleaner] [--format text|json]
                    [--policy none|baseline|restricted]
  cli export FILE --to yaml|json|python [--section PATH] [--kind ...] [--no-wrapper]
  cli fix FILE [--write] [--only CODE,...] [--kind ...] [--policy ...]

check   Reads each FILE (a bare environment or cleaner section, an environment:/cleaner:
        wrapper, a Polyaxon file, Helm values, or a Kubernetes workload manifest; several
        YAML documents are fine; - reads standard input) and reports every problem as
          FILE:LINE:COL: SEVERITY CODE message
        followed by a summary line. --format json prints
          {"files":[{"file","detected","description","sections":[{"path","kind"}],
            "issues":[{"severity","code","message","path","line","col","endLine","endCol","source"}]}]}
        --policy makes Pod Security Standards findings of that profile warnings (else info).
export  Prints one section of FILE: yaml (the section's own text, comments kept, under its
        wrapper key unless --no-wrapper), json (as Polyaxon's to_dict() returns it) or
        python (a V1Environment(...) / V1PolyaxonCleaner(...) snippet). --section picks the
        section by its path (e.g. run.environment); the default is the only or first one.
        A section with errors is not exported.
fix     Applies the safe fixes (one clear intent each: wrong-case values, snake_case and
        misspelled keys, YAML 1.1 values to quote, a mapping where a list belongs, ...)
        until none is left, and prints the repaired file; --write rewrites FILE instead
        and prints nothing. Only the fixed parts change; comments and layout stay.
        --only limits it to the given issue codes. On standard error it reports
          FILE:LINE:COL: fixed CODE message     (positions in the original file)
        then what is left, in the check format, and a summary line. The exit status
        is that of check on the repaired text.

Exit status: 0 no errors (warnings allowed), 1 errors found, 2 unreadable file or bad arguments.
`;
