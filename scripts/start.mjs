// Builds the app when dist/ is missing or older than its sources, then serves dist/ on
// http://127.0.0.1:5173 with `vite preview`. Usage: node scripts/start.mjs
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const VITE = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
const BUILT = join(ROOT, 'dist', 'index.html');
const SOURCES = [
  'app',
  'src',
  'public',
  'build',
  'index.html',
  'vite.config.ts',
  'tsconfig.json',
  'package.json',
  'package-lock.json',
];

/** Newest modification time (ms) of a file, or of any file below a directory. */
function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

function needsBuild() {
  if (!existsSync(BUILT)) return 'dist/ is missing';
  const built = statSync(BUILT).mtimeMs;
  const stale = SOURCES.find((source) => newestMtime(join(ROOT, source)) > built);
  return stale ? `${stale} changed since the last build` : null;
}

if (!existsSync(VITE)) {
  console.error('vite is not installed. Run `npm ci` first.');
  process.exit(1);
}

const reason = needsBuild();
if (reason) {
  console.log(`Building the app (${reason})...`);
  const build = spawnSync(process.execPath, [VITE, 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
} else {
  console.log('dist/ is up to date.');
}

const server = spawn(
  process.execPath,
  [VITE, 'preview', '--host', '127.0.0.1', '--port', '5173', '--strictPort'],
  { cwd: ROOT, stdio: 'inherit' },
);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.kill(signal));
}
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
