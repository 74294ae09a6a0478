import { openApp, openWithYaml } from './helpers/app';
import { expect, test } from './helpers/fixtures';
import { expectNoProblems, expectProblem, readProblems } from './helpers/problems';

const BROKEN_ENVIRONMENT = `environment:
  tolerations: [{key: gpu, operator: Exists, value: x}]
  restartPolicy: never
`;

test('the page renders the example document without errors', async ({ page }) => {
  await openApp(page);
  await expect(page).toHaveTitle(/Polyaxon/);
  await expect(page.getByTestId('detected')).not.toHaveAttribute('data-format', 'empty');
  await expect(page.getByTestId('problems')).toBeAttached();
  await expectNoProblems(page, 'error');
  await expectNoProblems(page, 'warning');
});

test('a #yaml= link loads its document and lists its problems', async ({ page }) => {
  await openWithYaml(page, BROKEN_ENVIRONMENT);
  const toleration = await expectProblem(page, {
    code: 'toleration-exists-with-value',
    path: 'environment.tolerations[0].value',
    severity: 'error',
  });
  await expectProblem(page, { code: 'invalid-enum', path: 'environment.restartPolicy', severity: 'error' });
  // Each item reads `line:col severity code message`.
  await expect(toleration).toHaveText(/^2:\d+ error toleration-exists-with-value \S/);
  const problems = await readProblems(page);
  expect(problems.map((p) => p.code)).toEqual(
    expect.arrayContaining(['toleration-exists-with-value', 'invalid-enum']),
  );
  await expect(page.getByTestId('detected')).toContainText(/environment/);
});

test('a broken link shows why, with an empty editor instead of a blank page', async ({ page }) => {
  await page.goto('/#yaml=%%%not-base64');
  await expect(page.getByTestId('notice')).toContainText('base64url');
  await expect(page.getByTestId('detected')).toHaveAttribute('data-format', 'empty');
  await expect(page.getByTestId('problems').locator('> li')).toHaveCount(0);
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByTestId('notice')).toHaveCount(0);
});

test('bytes that are not UTF-8 are refused, not shown as replacement characters', async ({ page }) => {
  const latin1 = Buffer.from('environment:\n  labels: {team: caf\xe9}\n', 'latin1').toString('base64url');
  await page.goto(`/#yaml=${latin1}`);
  await expect(page.getByTestId('notice')).toContainText('UTF-8');
  await expect(page.getByTestId('detected')).toHaveAttribute('data-format', 'empty');
});

test('picking a security policy turns its findings from info into warnings', async ({ page }) => {
  const pod = 'environment:\n  securityContext:\n    runAsUser: 0\n';
  await openWithYaml(page, pod);
  const policyItems = page.getByTestId('problems').locator('> li[data-source="policy"]');
  await expect(policyItems).not.toHaveCount(0);
  await expect(policyItems.and(page.locator('[data-severity="warning"]'))).toHaveCount(0);
  await page.getByTestId('policy-select').selectOption('restricted');
  await expect(policyItems.and(page.locator('[data-severity="warning"]'))).not.toHaveCount(0);
  await expect(policyItems.and(page.locator('[data-severity="info"]'))).toHaveCount(0);
});
