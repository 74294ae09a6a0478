import { defineConfig } from '@playwright/test';

// E2E_PORT and E2E_DIST let several runs share a machine (each with its own build and server).
const PORT = Number(process.env['E2E_PORT'] ?? 4173);
const OUT_DIR = process.env['E2E_DIST'] ?? 'dist';
const BASE_URL = `http://127.0.0.1:${PORT}`;

// Debian's chromium, never a downloaded browser (`npx playwright install` is not used).
const executablePath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env['CI']),
  retries: 0,
  // Generous limits: CI machines have two cores and Monaco is heavy to start.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 2,
  reporter: process.env['CI'] ? 'line' : 'list',
  use: {
    baseURL: BASE_URL,
    browserName: 'chromium',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
        // Stops the browser's own lookups (update, accounts, autofill) too: only 127.0.0.1 resolves.
        '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
      ],
    },
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort --outDir ${OUT_DIR}`,
    url: BASE_URL,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  },
});
