import { openWithYaml } from './helpers/app';
import { goToLineEnd, monacoVisibleText, waitForMonaco } from './helpers/editor';
import { expect, test } from './helpers/fixtures';
import { control } from './helpers/form';
import { problemItem } from './helpers/problems';

const BROKEN = [
  '# pasted from a wiki page',
  'environment:',
  '  restart_policy: never   # keep me',
  '  tolerations:',
  '    - key: gpu',
  '      operator: Exists',
  '      effect: noschedule',
  '',
].join('\n');

test('a problem is fixed from the problems list, and undone in Monaco', async ({ page }) => {
  await openWithYaml(page, BROKEN);
  await waitForMonaco(page);
  const item = problemItem(page, { code: 'invalid-enum', path: 'environment.tolerations[0].effect' });
  await item.getByTestId('fix').click();
  await expect.poll(() => monacoVisibleText(page)).toBe(BROKEN.replace('noschedule', 'NoSchedule'));
  await expect(control(page, 'environment.tolerations[0].effect')).toHaveValue(/NoSchedule/);
  await page.locator('[data-testid="monaco-pane"] .view-lines').click();
  await page.keyboard.press('ControlOrMeta+Z');
  await expect.poll(() => monacoVisibleText(page)).toBe(BROKEN);
});

test('Fix all shows its diff first and applies it as one undo step', async ({ page }) => {
  await openWithYaml(page, BROKEN);
  await waitForMonaco(page);
  await page.getByTestId('fix-all').click();
  const dialog = page.getByTestId('fix-all-dialog');
  await expect(dialog.getByTestId('fix-all-diff').locator('[data-kind="added"]')).not.toHaveCount(0);
  await expect(dialog.getByTestId('fix-all-diff')).toContainText('effect: NoSchedule');
  await dialog.getByTestId('fix-all-apply').click();
  const fixed = BROKEN.replace('restart_policy: never', 'restartPolicy: Never').replace(
    'noschedule',
    'NoSchedule',
  );
  await expect.poll(() => monacoVisibleText(page)).toBe(fixed);
  await expect(page.getByTestId('problems').locator('> li[data-severity="error"]')).toHaveCount(0);
  await page.locator('[data-testid="monaco-pane"] .view-lines').click();
  await page.keyboard.press('ControlOrMeta+Z');
  await expect.poll(() => monacoVisibleText(page)).toBe(BROKEN);
});

test('a quick fix is applied from Monaco with Ctrl+.', async ({ page }) => {
  await openWithYaml(page, BROKEN);
  await waitForMonaco(page);
  await expect(page.locator('[data-testid="monaco-pane"] .squiggly-error')).not.toHaveCount(0);
  await goToLineEnd(page, 7);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ControlOrMeta+.');
  const menu = page.locator('.action-widget');
  await expect(menu).toContainText('Change to NoSche');
  await page.keyboard.press('Enter');
  await expect.poll(() => monacoVisibleText(page)).toBe(BROKEN.replace('noschedule', 'NoSchedule'));
  await page.keyboard.press('ControlOrMeta+Z');
  await expect.poll(() => monacoVisibleText(page)).toBe(BROKEN);
});

test('a problem is fixed from the form field it concerns', async ({ page }) => {
  await openWithYaml(page, BROKEN);
  await waitForMonaco(page);
  const field = control(page, 'environment.tolerations[0].effect').locator('xpath=ancestor::li[1]');
  await field.getByTestId('field-fix').first().click();
  await expect.poll(() => monacoVisibleText(page)).toBe(BROKEN.replace('noschedule', 'NoSchedule'));
});
