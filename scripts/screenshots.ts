/**
 * Makes the README's screenshots (docs/screenshots/*.png) from a fresh build, in Debian's
 * chromium: authoring with the form, a pasted file with its problems and a fix, and the export
 * dialog. Usage: npm run screenshots
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { build, preview } from 'vite';

const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, 'docs', 'screenshots');
const PORT = 4179;

const AUTHOR = `# Training runs of the vision team: GPU nodes only.
environment:
  labels:
    team: vision
  nodeSelector:
    nvidia.com/gpu.present: "true"
  tolerations:
    - key: nvidia.com/gpu
      operator: Exists
      effect: NoSchedule
  affinity:
    podAntiAffinity:
      preferredDuringSchedulingIgnoredDuringExecution:
        - weight: 80
          podAffinityTerm:
            topologyKey: kubernetes.io/hostname
            labelSelector:
              matchLabels:
                team: vision
  securityContext:
    runAsNonRoot: true
    runAsUser: 1000
`;

const BROKEN = `run:
  kind: job
  environment:
    node_selector:
      gpu: yes
    tolerations:
      key: nvidia.com/gpu
      operator: exists
      effect: noschedule
    restartPolicy: always
    dnsPolicy: clusterfirst
`;

function link(text: string): string {
  return `http://127.0.0.1:${PORT}/#yaml=${Buffer.from(text, 'utf8').toString('base64url')}`;
}

async function ready(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('[data-testid="monaco-pane"][data-ready="true"] .view-lines').waitFor();
  await page.locator('[data-testid="section-form"]').waitFor();
  await page.waitForTimeout(800);
}

async function main(): Promise<void> {
  const outDir = mkdtempSync(join(tmpdir(), 'screenshots-'));
  await build({ root: ROOT, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const server = await preview({
    root: ROOT,
    build: { outDir },
    preview: { host: '127.0.0.1', port: PORT, strictPort: true },
  });
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
  });
  try {
    mkdirSync(OUT, { recursive: true });
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await ready(page, link(AUTHOR));
    await page.screenshot({ path: join(OUT, 'author.png') });

    await ready(page, link(BROKEN));
    await page.getByTestId('fix-all').click();
    await page.getByTestId('fix-all-dialog').waitFor();
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(OUT, 'paste-and-fix.png') });
    await page.keyboard.press('Escape');

    await ready(page, link(AUTHOR));
    await page.getByTestId('export-open').click();
    await page.getByRole('radio', { name: 'Python' }).check();
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(OUT, 'export.png') });
    console.log(`Screenshots written to ${OUT}`);
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}

await main();
