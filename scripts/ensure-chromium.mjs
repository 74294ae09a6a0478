// Makes sure a Chromium for Playwright exists: CHROMIUM_PATH, then Debian's chromium.
// Installs Debian's `chromium` when running as root; otherwise prints the one command to run.
// Never downloads Playwright's own browsers.
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/lib/chromium/chromium'];

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function findChromium() {
  return CANDIDATES.find((path) => typeof path === 'string' && path !== '' && isExecutable(path)) ?? null;
}

function run(command, args) {
  console.log(`$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.error) {
    console.error(`Could not run ${command}: ${result.error.message}`);
    process.exit(1);
  }
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const found = findChromium();
if (found) {
  if (process.env.CHROMIUM_PATH && found !== process.env.CHROMIUM_PATH) {
    console.warn(`CHROMIUM_PATH=${process.env.CHROMIUM_PATH} is not executable; using ${found}.`);
  }
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot) {
  console.error(
    'Chromium was not found (checked CHROMIUM_PATH, /usr/bin/chromium, /usr/lib/chromium/chromium).',
  );
  console.error('Install it with:\n\n  sudo apt-get install -y chromium\n');
  process.exit(1);
}

console.log('Chromium was not found; installing Debian chromium with apt-get.');
run('apt-get', ['update']);
run('apt-get', ['install', '-y', 'chromium']);
if (!findChromium()) {
  console.error('apt-get finished but no chromium binary was found at /usr/bin/chromium.');
  process.exit(1);
}
