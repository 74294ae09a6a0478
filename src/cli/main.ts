import { readFileSync, writeFileSync } from 'node:fs';
import { run } from './run';

const output = run(
  process.argv.slice(2),
  (path) => readFileSync(path === '-' ? 0 : path),
  (path, text) => writeFileSync(path, text, 'utf8'),
);
if (output.stdout) process.stdout.write(output.stdout);
if (output.stderr) process.stderr.write(output.stderr);
process.exitCode = output.code;
