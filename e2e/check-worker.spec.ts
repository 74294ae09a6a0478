import { openWithYaml } from './helpers/app';
import { expect, test } from './helpers/fixtures';
import { expectProblem } from './helpers/problems';

const BROKEN = `environment:
  restartPolicy: never
`;

test('the checks run in a worker, and the page loads no checking code of its own', async ({ page }) => {
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await openWithYaml(page, BROKEN);
  await expectProblem(page, { code: 'invalid-enum', path: 'environment.restartPolicy', severity: 'error' });
  expect(workers.some((url) => /\/assets\/check\.worker-[^/]+\.js$/.test(url))).toBe(true);
  // The in-page fallback (runCheck) is only loaded when no worker can check.
  expect(scripts.filter((path) => /\/runCheck-/.test(path))).toEqual([]);
});

test('when the worker cannot run, the page checks the document by itself', async ({ page }) => {
  // The worker's script fails as it starts: the app falls back to checking in the page.
  const scripts: string[] = [];
  page.on('request', (request) => scripts.push(new URL(request.url()).pathname));
  await page.route(/\/assets\/check\.worker-[^/]+\.js$/, (route) =>
    route.fulfill({ contentType: 'text/javascript', body: 'throw new Error("no checks here");' }),
  );
  await openWithYaml(page, BROKEN);
  await expectProblem(page, { code: 'invalid-enum', path: 'environment.restartPolicy', severity: 'error' });
  await expect(page.getByTestId('detected')).toContainText(/environment/);
  expect(scripts.some((path) => /\/assets\/runCheck-[^/]+\.js$/.test(path))).toBe(true);
});
