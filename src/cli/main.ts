import { readFileSync } from 'node:fs';
import { run } from './run';

const output = run(process.argv.slice(2), (path) => readFileSync(path === '-' ? 0 : path));
if (output.stdout) process.stdout.write(output.stdout);
if (output.stderr) process.stderr.write(output.stderr);
process.exitCode = output.code;
