import type { Locator, Page } from '@playwright/test';
import { openWithYaml } from './helpers/app';
import { monacoVisibleText, pasteIntoMonaco, waitForMonaco } from './helpers/editor';
import { expect, test } from './helpers/fixtures';
import { expectProblem } from './helpers/problems';

/** The form control that edits a YAML path. */
function control(page: Page, path: string): Locator {
  return page.getByTestId('section-form').locator(`[data-path=${JSON.stringify(path)}]`);
}

/** The core's issue with this code shown under the control of a path. */
function issueOn(page: Page, path: string, code: string): Locator {
  return page
    .getByTestId('section-form')
    .locator(
      `[data-testid="field-issues"] > li[data-code="${code}"][data-issue-path=${JSON.stringify(path)}]`,
    );
}

const verdict = (page: Page): Locator => page.getByTestId('pss-verdict');

test.describe('security context', () => {
  test('Harden (restricted) writes the pod-level fields and keeps every comment', async ({ page }) => {
    const yaml =
      '# training run\nenvironment:\n  # who runs it\n  securityContext:\n    runAsUser: 0 # legacy image\n' +
      '  labels:\n    team: ml # owner\n';
    await openWithYaml(page, yaml);
    await waitForMonaco(page);
    await expect(verdict(page)).toHaveAttribute('data-verdict', 'baseline');
    await expect(verdict(page).locator('li[data-code="pss-run-as-user-root"]')).toHaveCount(1);
    await page.getByTestId('harden-restricted').click();
    await expect
      .poll(() => monacoVisibleText(page))
      .toBe(
        '# training run\nenvironment:\n  # who runs it\n  securityContext:\n    runAsUser: 1000 # legacy image\n' +
          '    runAsNonRoot: true\n    seccompProfile:\n      type: RuntimeDefault\n' +
          '  labels:\n    team: ml # owner\n',
      );
    await expect(verdict(page)).toHaveAttribute('data-verdict', 'restricted');
    await expect(verdict(page).locator('li[data-code]')).toHaveCount(0);
    await expect(page.getByTestId('harden-restricted')).toBeDisabled();
    await expect(control(page, 'environment.securityContext.runAsNonRoot')).toHaveValue('boolean:true');
    await expect(control(page, 'environment.securityContext.seccompProfile.type')).toHaveValue(
      'string:RuntimeDefault',
    );
  });

  test('privileged is flagged as dropped at pod level; an Unconfined seccomp profile makes the pod privileged', async ({
    page,
  }) => {
    const yaml =
      'environment:\n  securityContext:\n    runAsNonRoot: true\n    runAsUser: 1000\n' +
      '    seccompProfile:\n      type: RuntimeDefault # default filter\n';
    await openWithYaml(page, yaml);
    await waitForMonaco(page);
    await expect(verdict(page)).toHaveAttribute('data-verdict', 'restricted');
    const dropped = page.getByTestId('dropped-security-fields');
    await expect(dropped).toContainText('privileged');
    await expect(dropped).toContainText('allowPrivilegeEscalation');

    await control(page, 'environment.securityContext.privileged').selectOption({ label: 'true' });
    await expect.poll(() => monacoVisibleText(page)).toContain('    privileged: true\n');
    // Polyaxon puts this section on the pod, which has no privileged field: the core warns on the
    // control, and the pod's verdict does not change.
    await expect(
      issueOn(page, 'environment.securityContext.privileged', 'security-field-dropped'),
    ).toBeVisible();
    await expect(verdict(page)).toHaveAttribute('data-verdict', 'restricted');

    await control(page, 'environment.securityContext.seccompProfile.type').selectOption('string:Unconfined');
    await expect(verdict(page)).toHaveAttribute('data-verdict', 'privileged');
    await expect(verdict(page).locator('li[data-code="pss-seccomp-unconfined"]')).toHaveCount(1);
    await expect.poll(() => monacoVisibleText(page)).toContain('      type: Unconfined # default filter\n');
    await expect(control(page, 'environment.securityContext.seccompProfile.localhostProfile')).toHaveCount(0);
  });

  test('capabilities: a name typed in the form is written, and YAML edits show in the form', async ({
    page,
  }) => {
    await openWithYaml(page, 'environment:\n  hostPID: false # keep\n');
    await waitForMonaco(page);
    const next = page.getByTestId('section-form').getByLabel('New dropped capability');
    await next.fill('ALL');
    await next.press('Enter');
    await expect(control(page, 'environment.securityContext.capabilities.drop[0]')).toHaveValue('ALL');
    await expect
      .poll(() => monacoVisibleText(page))
      .toBe(
        'environment:\n  hostPID: false # keep\n  securityContext:\n    capabilities:\n      drop:\n        - ALL\n',
      );
    await expect(
      issueOn(page, 'environment.securityContext.capabilities', 'security-field-dropped'),
    ).toBeVisible();

    await pasteIntoMonaco(page, 'environment:\n  securityContext:\n    runAsUser: -1\n');
    await expect(control(page, 'environment.securityContext.runAsUser')).toHaveValue('-1');
    await expect(
      issueOn(page, 'environment.securityContext.runAsUser', 'user-id-out-of-range'),
    ).toBeVisible();
    await expect(control(page, 'environment.securityContext.capabilities.drop[0]')).toHaveCount(0);
  });
});

test.describe('cleaner', () => {
  const CLEANER = 'cleaner:\n  image: polyaxon/polyaxon-init # pinned\n';

  test('a request above its limit shows the core issue on the request', async ({ page }) => {
    await openWithYaml(page, CLEANER, { kind: 'cleaner' });
    await waitForMonaco(page);
    const limit = control(page, 'cleaner.resources.limits.memory');
    await limit.fill('512Mi');
    await expect(limit.locator('xpath=ancestor::td[1]')).toContainText('= 512 MiB');
    const request = control(page, 'cleaner.resources.requests.memory');
    await request.fill('1Gi');
    await expect(request.locator('xpath=ancestor::td[1]')).toContainText('= 1 GiB');
    await expect(issueOn(page, 'cleaner.resources.requests.memory', 'request-exceeds-limit')).toBeVisible();
    await expect(request).toHaveAttribute('aria-invalid', 'true');
    await expectProblem(page, { code: 'request-exceeds-limit', path: 'cleaner.resources.requests.memory' });
    await expect
      .poll(() => monacoVisibleText(page))
      .toBe(
        'cleaner:\n  image: polyaxon/polyaxon-init # pinned\n  resources:\n    limits:\n      memory: 512Mi\n' +
          '    requests:\n      memory: 1Gi\n',
      );
    await request.fill('256Mi');
    await expect(issueOn(page, 'cleaner.resources.requests.memory', 'request-exceeds-limit')).toHaveCount(0);
  });

  test('extended resources get a row; removing the last amount removes resources', async ({ page }) => {
    await openWithYaml(page, CLEANER, { kind: 'cleaner' });
    await waitForMonaco(page);
    const name = page.getByTestId('section-form').getByLabel('New resource name');
    await name.fill('nvidia.com/gpu');
    await name.press('Enter');
    await control(page, 'cleaner.resources.limits["nvidia.com/gpu"]').fill('1');
    await expect
      .poll(() => monacoVisibleText(page))
      .toBe(
        'cleaner:\n  image: polyaxon/polyaxon-init # pinned\n  resources:\n    limits:\n      nvidia.com/gpu: "1"\n',
      );
    await page.getByTestId('section-form').getByRole('button', { name: 'Remove nvidia.com/gpu' }).click();
    await expect.poll(() => monacoVisibleText(page)).toBe(CLEANER);
  });

  test('the pull policy select writes the value; YAML edits and bad quantities show in the form', async ({
    page,
  }) => {
    await openWithYaml(page, CLEANER, { kind: 'cleaner' });
    await waitForMonaco(page);
    await control(page, 'cleaner.imagePullPolicy').selectOption({ label: 'Always' });
    await expect
      .poll(() => monacoVisibleText(page))
      .toBe('cleaner:\n  image: polyaxon/polyaxon-init # pinned\n  imagePullPolicy: Always\n');

    await pasteIntoMonaco(
      page,
      'cleaner:\n  imagePullPolicy: Never\n  resources:\n    limits:\n      cpu: 500m\n      memory: 512MB\n',
    );
    await expect(control(page, 'cleaner.imagePullPolicy')).toHaveValue('string:Never');
    const cpu = control(page, 'cleaner.resources.limits.cpu');
    await expect(cpu).toHaveValue('500m');
    await expect(cpu.locator('xpath=ancestor::td[1]')).toContainText('= 0.5 CPU');
    await expect(issueOn(page, 'cleaner.resources.limits.memory', 'quantity-invalid')).toBeVisible();
    await expect(page.locator('[data-testid="monaco-pane"] .squiggly-error')).not.toHaveCount(0);
  });

  test('hpa is shown with the core note and can be removed', async ({ page }) => {
    await openWithYaml(page, 'cleaner:\n  hpa:\n    enabled: true\n    minpods: 1\n  imageTag: v2 # tag\n', {
      kind: 'cleaner',
    });
    await waitForMonaco(page);
    const panel = page.locator('[data-panel="hpa"]');
    await expect(panel).toContainText('minpods');
    await expect(panel.locator('li[data-code="cleaner-hpa-no-effect"]')).toBeVisible();
    await panel.getByRole('button', { name: 'Remove hpa' }).click();
    await expect.poll(() => monacoVisibleText(page)).toBe('cleaner:\n  imageTag: v2 # tag\n');
    await expect(panel).toHaveCount(0);
  });
});

test('a YAML that does not parse freezes these panels and keeps the text', async ({ page }) => {
  await openWithYaml(page, 'environment:\n  securityContext:\n    runAsUser: 0\n');
  await waitForMonaco(page);
  await expect(page.getByTestId('harden-restricted')).toBeEnabled();
  const broken = 'environment:\n  securityContext:\n    runAsUser: [0\n';
  await pasteIntoMonaco(page, broken);
  await expect(page.getByTestId('form-readonly')).toBeVisible();
  await expect(page.getByTestId('harden-restricted')).toBeDisabled();
  await expect(control(page, 'environment.securityContext.runAsUser')).toBeDisabled();
  await expect(control(page, 'environment.securityContext.runAsUser')).toHaveValue('0');
  expect(await monacoVisibleText(page)).toBe(broken);
});
