import { checkText, exportSection, fixAll, fixableCodes, formatPath } from '../index';
import { HELP, parseArgs, type Command } from './args';
import { countIssues, fileJson, fixedLine, issueLine, summaryLine, type Counts } from './format';
import { readText, type ReadBytes } from './read';

export interface RunOutput {
  readonly stdout: string;
  readonly stderr: string;
  readonly code: 0 | 1 | 2;
}

/** Writes a file's new text (for `fix --write`); injected like the reader. */
export type WriteText = (path: string, text: string) => void;

/** Runs the CLI on arguments with an injected file reader and writer; no other I/O. */
export function run(argv: readonly string[], read: ReadBytes, write?: WriteText): RunOutput {
  const parsed = parseArgs(argv);
  if (!parsed.ok) return { stdout: '', stderr: `error: ${parsed.error}\n\n${HELP}`, code: 2 };
  const command = parsed.command;
  if (command.name === 'help') return { stdout: HELP, stderr: '', code: 0 };
  if (command.name === 'check') return runCheck(command, read);
  if (command.name === 'fix') return runFix(command, read, write);
  return runExport(command, read);
}

function runCheck(command: Extract<Command, { name: 'check' }>, read: ReadBytes): RunOutput {
  const out: string[] = [];
  const err: string[] = [];
  const counts: Counts = { errors: 0, warnings: 0, infos: 0 };
  const json: unknown[] = [];
  let unreadable = false;
  for (const file of command.files) {
    const text = readText(read, file);
    if (!text.ok) {
      unreadable = true;
      err.push(`${file}: cannot check: ${text.error}`);
      continue;
    }
    const result = checkText(text.text, { kind: command.kind, policy: command.policy });
    countIssues(result.issues, counts);
    if (command.format === 'json') json.push(fileJson(file, result));
    else for (const issue of result.issues) out.push(issueLine(file, issue));
  }
  let stdout: string;
  if (command.format === 'json') stdout = `${JSON.stringify({ files: json }, null, 2)}\n`;
  else {
    out.push(summaryLine(counts, command.files.length));
    stdout = `${out.join('\n')}\n`;
  }
  const code = unreadable ? 2 : counts.errors > 0 ? 1 : 0;
  return { stdout, stderr: err.length ? `${err.join('\n')}\n` : '', code };
}

function runExport(command: Extract<Command, { name: 'export' }>, read: ReadBytes): RunOutput {
  const text = readText(read, command.file);
  if (!text.ok) return { stdout: '', stderr: `${command.file}: cannot export: ${text.error}\n`, code: 2 };
  const result = exportSection(text.text, {
    to: command.to,
    kind: command.kind,
    wrapper: command.wrapper,
    ...(command.section !== undefined ? { section: command.section } : {}),
  });
  if (!result.ok) {
    const lines = result.issues.map((i) => issueLine(command.file, i));
    const stderr = [`${command.file}: cannot export: ${result.error}`, ...lines].join('\n');
    return { stdout: '', stderr: `${stderr}\n`, code: result.issues.length > 0 ? 1 : 2 };
  }
  const note = result.others.length
    ? `${command.file}: exported ${formatPath(result.section.path)}; other sections: ${result.others.map((s) => formatPath(s.path)).join(', ')} (pick one with --section)\n`
    : '';
  return { stdout: result.text, stderr: note, code: 0 };
}

function runFix(command: Extract<Command, { name: 'fix' }>, read: ReadBytes, write?: WriteText): RunOutput {
  const { file } = command;
  const fixable = new Set(fixableCodes());
  const unknown = (command.only ?? []).filter((code) => !fixable.has(code));
  if (unknown.length > 0) {
    const error = `--only: no fix for ${unknown.join(', ')}; codes with fixes: ${[...fixable].join(', ')}`;
    return { stdout: '', stderr: `error: ${error}\n`, code: 2 };
  }
  if (command.write && !write) return { stdout: '', stderr: `${file}: cannot write: no writer\n`, code: 2 };
  const text = readText(read, file);
  if (!text.ok) return { stdout: '', stderr: `${file}: cannot fix: ${text.error}\n`, code: 2 };
  const result = fixAll(
    text.text,
    { kind: command.kind, policy: command.policy },
    command.only ? { only: command.only } : {},
  );
  const lines = [
    ...result.applied.map((i) => fixedLine(file, i)),
    ...result.remaining.map((i) => issueLine(file, i)),
  ];
  const counts = countIssues(result.remaining, { errors: 0, warnings: 0, infos: 0 });
  const fixed = result.applied.length;
  lines.push(`fixed ${fixed} issue${fixed === 1 ? '' : 's'}; left: ${summaryLine(counts, 1)}`);
  const stderr = `${lines.join('\n')}\n`;
  const code = counts.errors > 0 ? 1 : 0;
  if (!command.write) return { stdout: result.text, stderr, code };
  if (result.text !== text.text && write) {
    try {
      write(file, result.text);
    } catch (error) {
      return { stdout: '', stderr: `${stderr}${file}: cannot write: ${String(error)}\n`, code: 2 };
    }
  }
  return { stdout: '', stderr, code };
}
