import type { Page } from '@playwright/test';
import { openWithYaml } from './helpers/app';
import {
  goToLineEnd,
  monacoPane,
  monacoVisibleText,
  pasteIntoMonaco,
  typeInMonaco,
  waitForMonaco,
} from './helpers/editor';
import { expect, test } from './helpers/fixtures';

const TOLERATIONS_DOC = [
  '# team defaults',
  'environment:',
  '  nodeName: a   # keep this comment',
  '',
  '  tolerations:',
  '    # the dedicated pool',
  '    - key: dedicated',
  '      value: ml',
  '      effect: NoSchedule',
  '  restartPolicy: Never # and this one',
  '',
].join('\n');

/** The form control that edits `path` (the problems list carries data-path too). */
const at = (page: Page, path: string) =>
  page.getByTestId('section-form').locator(`[data-path="${path.replace(/"/g, '\\"')}"]`);
const tolerations = (page: Page) => page.locator('[data-panel="tolerations"]');

test('a toleration added from the form changes only the list, comments kept', async ({ page }) => {
  await openWithYaml(page, TOLERATIONS_DOC);
  await waitForMonaco(page);
  await tolerations(page).locator('[data-preset="gpu"]').click();
  await expect
    .poll(() => monacoVisibleText(page))
    .toBe(
      TOLERATIONS_DOC.replace(
        '      effect: NoSchedule\n',
        '      effect: NoSchedule\n' +
          '    - key: nvidia.com/gpu\n' +
          '      operator: Exists\n' +
          '      effect: NoSchedule\n',
      ),
    );
  await expect(at(page, 'environment.tolerations[1].key')).toHaveValue('nvidia.com/gpu');
  await expect(tolerations(page).locator('[data-preset="gpu"]')).toBeDisabled();

  await at(page, 'environment.tolerations').and(page.locator('[data-part="new-key"]')).fill('spot');
  await tolerations(page).getByRole('button', { name: 'Add toleration' }).click();
  await expect.poll(() => monacoVisibleText(page)).toContain('      effect: NoSchedule\n    - key: spot\n');
  await expect(at(page, 'environment.tolerations[2].key')).toHaveValue('spot');

  await tolerations(page).getByRole('button', { name: 'Move toleration 3 up' }).click();
  await expect(at(page, 'environment.tolerations[1].key')).toHaveValue('spot');
  await tolerations(page).getByRole('button', { name: 'Remove toleration 2' }).click();
  await expect.poll(() => monacoVisibleText(page)).not.toContain('key: spot');
  const text = await monacoVisibleText(page);
  expect(text).toContain('# team defaults\n');
  expect(text).toContain('  nodeName: a   # keep this comment\n');
  expect(text).toContain('    # the dedicated pool\n');
  expect(text).toContain('  restartPolicy: Never # and this one\n');
});

test('operator Exists disables the value, with the reason', async ({ page }) => {
  await openWithYaml(page, 'environment:\n  tolerations:\n    - key: example.com/pool\n');
  await waitForMonaco(page);
  const value = at(page, 'environment.tolerations[0].value');
  await expect(value).toBeEnabled();
  await at(page, 'environment.tolerations[0].operator').selectOption('Exists');
  await expect
    .poll(() => monacoVisibleText(page))
    .toBe('environment:\n  tolerations:\n    - key: example.com/pool\n      operator: Exists\n');
  await expect(value).toBeDisabled();
  await expect(tolerations(page).getByTestId('value-not-used')).toHaveText(
    'Not used: Exists matches any value.',
  );
  await at(page, 'environment.tolerations[0].operator').selectOption('Equal');
  await expect(value).toBeEnabled();
  await value.fill('gpu');
  await expect.poll(() => monacoVisibleText(page)).toContain('      value: gpu\n');
});

test('a value written with Exists stays visible with the issue so it can be removed', async ({ page }) => {
  await openWithYaml(
    page,
    'environment:\n  tolerations:\n    - key: a\n      operator: Exists\n      value: b\n',
  );
  const value = at(page, 'environment.tolerations[0].value');
  await expect(value).toHaveValue('b');
  await expect(value.locator('xpath=..').getByTestId('field-issues')).toContainText('operator Exists');
  await tolerations(page).getByRole('button', { name: 'Remove value', exact: true }).click();
  await expect(value).toBeDisabled();
  await expect
    .poll(() => monacoVisibleText(page))
    .toBe('environment:\n  tolerations:\n    - key: a\n      operator: Exists\n');
});

test('tolerationSeconds is offered only with NoExecute', async ({ page }) => {
  await openWithYaml(page, 'environment:\n  tolerations:\n    - key: node.kubernetes.io/not-ready # probe\n');
  await waitForMonaco(page);
  const seconds = at(page, 'environment.tolerations[0].tolerationSeconds');
  const effect = at(page, 'environment.tolerations[0].effect');
  await expect(seconds).toHaveCount(0);
  await effect.selectOption('NoSchedule');
  await expect(seconds).toHaveCount(0);
  await expect(tolerations(page).getByTestId('seconds-not-offered')).toBeVisible();
  await effect.selectOption('NoExecute');
  await expect(seconds).toBeVisible();
  await seconds.fill('120');
  await expect
    .poll(() => monacoVisibleText(page))
    .toBe(
      'environment:\n  tolerations:\n    - key: node.kubernetes.io/not-ready # probe\n' +
        '      effect: NoExecute\n      tolerationSeconds: 120\n',
    );
  // Another effect: the seconds stay shown with the core's issue, so they can be removed.
  await effect.selectOption('PreferNoSchedule');
  await expect(seconds).toHaveValue('120');
  await expect(
    seconds.locator('xpath=..').locator('[data-code="toleration-seconds-needs-no-execute"]'),
  ).toBeVisible();
  await expect(monacoPane(page).locator('.squiggly-error').first()).toBeVisible();
  await tolerations(page).getByRole('button', { name: 'Remove seconds' }).click();
  await expect(seconds).toHaveCount(0);
  await expect.poll(() => monacoVisibleText(page)).not.toContain('tolerationSeconds');
});

test('typing in Monaco updates the table, and tolerate-everything is labelled', async ({ page }) => {
  await openWithYaml(page, TOLERATIONS_DOC);
  await goToLineEnd(page, 8);
  await typeInMonaco(page, '-team');
  await expect(at(page, 'environment.tolerations[0].value')).toHaveValue('ml-team');
  await expect(tolerations(page).getByTestId('matches-every-taint')).toHaveCount(0);

  await pasteIntoMonaco(
    page,
    'environment:\n  tolerations:\n    - key: dedicated\n      effect: NoExecute\n    - operator: Exists\n',
  );
  await expect(at(page, 'environment.tolerations[1].operator')).toHaveValue('Exists');
  await expect(at(page, 'environment.tolerations[0].tolerationSeconds')).toBeVisible();
  const everything = tolerations(page).locator('[data-matches-every-taint="true"]');
  await expect(everything).toHaveCount(1);
  await expect(everything.getByTestId('matches-every-taint')).toHaveText('⚠ Matches every taint');
  await expect(tolerations(page)).toContainText('tolerates every taint');
});

test('a mapping where the tolerations list belongs is shown as a note, not a crash', async ({ page }) => {
  await openWithYaml(page, 'environment:\n  tolerations:\n    gpu: yes\n');
  await expect(tolerations(page).getByTestId('tolerations-not-a-list')).toBeVisible();
  await expect(tolerations(page).locator('[data-code="not-a-list"]')).toBeVisible();
});

test('the cleaner has the same tolerations table', async ({ page }) => {
  await openWithYaml(page, 'cleaner:\n  tolerations:\n    - key: a\n      effect: NoSchedule\n', {
    kind: 'cleaner',
  });
  await waitForMonaco(page);
  await expect(at(page, 'cleaner.tolerations[0].effect')).toHaveValue('NoSchedule');
  await at(page, 'cleaner.tolerations[0].effect').selectOption('');
  await expect.poll(() => monacoVisibleText(page)).toBe('cleaner:\n  tolerations:\n    - key: a\n');
});

const DNS_DOC = [
  'environment:',
  '  dnsConfig:',
  '    nameservers:',
  '      - 1.1.1.1 # primary',
  '      - 8.8.8.8',
  '    searches: [svc.cluster.local]',
  '    options:',
  '      - name: ndots',
  '        value: "2"',
  '      - name: timeout',
  '',
].join('\n');

test('the DNS limits are counted as you type', async ({ page }) => {
  await openWithYaml(page, DNS_DOC);
  await waitForMonaco(page);
  const dns = page.locator('[data-panel="dns"]');
  await expect(dns.getByTestId('dns-nameservers-count')).toHaveText('2 of 3 nameservers');
  await expect(dns.getByTestId('dns-searches-count')).toHaveText('1 of 32 search domains');
  await expect(dns.getByTestId('dns-searches-chars')).toHaveText('17 of 2048 characters');

  await at(page, 'environment.dnsConfig.nameservers')
    .and(page.locator('[data-part="new-item"]'))
    .fill('9.9.9.9');
  await dns.getByRole('button', { name: 'Add', exact: true }).first().click();
  await expect(dns.getByTestId('dns-nameservers-count')).toHaveText('3 of 3 nameservers');
  await expect(dns.getByTestId('dns-nameservers-count')).toHaveAttribute('data-tone', 'full');
  await expect.poll(() => monacoVisibleText(page)).toContain('      - 8.8.8.8\n      - 9.9.9.9\n');

  await at(page, 'environment.dnsConfig.searches[0]').fill('svc.cluster.local.example');
  await expect(dns.getByTestId('dns-searches-chars')).toHaveText('25 of 2048 characters');

  await at(page, 'environment.dnsConfig.options[1].value').fill('5');
  await expect.poll(() => monacoVisibleText(page)).toContain('      - name: timeout\n        value: "5"\n');
  await expect(monacoVisibleText(page)).resolves.toContain('      - 1.1.1.1 # primary\n');

  await at(page, 'environment.dnsPolicy').selectOption('None');
  await expect(dns.getByTestId('dns-none-needs-nameservers')).toContainText('Required with dnsPolicy None');
  await expect(dns).toContainText('Kubernetes gives the pod no DNS settings');
  await expect.poll(() => monacoVisibleText(page)).toContain('  dnsPolicy: None\n');
});

test('too many nameservers shows the count over the limit and the core issue', async ({ page }) => {
  await openWithYaml(
    page,
    'environment:\n  dnsPolicy: None\n  dnsConfig:\n    nameservers: [1.1.1.1, 1.0.0.1, 8.8.8.8, 8.8.4.4]\n',
  );
  const dns = page.locator('[data-panel="dns"]');
  await expect(dns.getByTestId('dns-nameservers-count')).toHaveText('4 of 3 nameservers');
  await expect(dns.getByTestId('dns-nameservers-count')).toHaveAttribute('data-tone', 'over');
  await expect(dns.locator('[data-code="dns-too-many-nameservers"]')).toBeVisible();
  await waitForMonaco(page);
  await expect(monacoPane(page).locator('.squiggly-error').first()).toBeVisible();
});

test('a host alias row is added, then a second host name', async ({ page }) => {
  await openWithYaml(page, 'environment:\n  nodeName: a # keep\n');
  await waitForMonaco(page);
  const panel = page.locator('[data-panel="hostAliases"]');
  await panel.getByRole('textbox', { name: 'New host alias IP' }).fill('10.0.0.5');
  await panel.getByRole('textbox', { name: 'New host alias first host name' }).fill('db.internal');
  await panel.getByRole('button', { name: 'Add host alias' }).click();
  await expect
    .poll(() => monacoVisibleText(page))
    .toBe(
      'environment:\n  nodeName: a # keep\n  hostAliases:\n    - ip: 10.0.0.5\n      hostnames:\n        - db.internal\n',
    );
  await expect(at(page, 'environment.hostAliases[0].ip')).toHaveValue('10.0.0.5');
  await at(page, 'environment.hostAliases[0].hostnames')
    .and(page.locator('[data-part="new-item"]'))
    .fill('cache.internal');
  await at(page, 'environment.hostAliases[0].hostnames')
    .and(page.locator('[data-part="new-item"]'))
    .press('Enter');
  await expect(at(page, 'environment.hostAliases[0].hostnames[1]')).toHaveValue('cache.internal');
  await expect
    .poll(() => monacoVisibleText(page))
    .toContain('        - db.internal\n        - cache.internal\n');
});

test('clearing the only field of a row keeps the row', async ({ page }) => {
  await openWithYaml(page, 'environment:\n  tolerations:\n    - key: a\n');
  await waitForMonaco(page);
  const key = at(page, 'environment.tolerations[0].key');
  await key.fill('');
  await expect.poll(() => monacoVisibleText(page)).toBe('environment:\n  tolerations:\n    - key: ""\n');
  await expect(key).toBeFocused();
  // The core keeps the quote style of the scalar it replaces, so the key stays double-quoted.
  await key.pressSequentially('dedicated');
  await expect
    .poll(() => monacoVisibleText(page))
    .toBe('environment:\n  tolerations:\n    - key: "dedicated"\n');
});
