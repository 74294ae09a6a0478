import type { Page } from '@playwright/test';
import { openApp } from './helpers/app';
import { waitForMonaco } from './helpers/editor';
import { expect, test } from './helpers/fixtures';

const background = (page: Page): Promise<string> =>
  page.evaluate(() => getComputedStyle(document.querySelector('#root > div') as Element).backgroundColor);

test('the theme follows the system until one is chosen, and the choice is kept', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openApp(page);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const pane = await waitForMonaco(page);
  await expect(pane.locator('.monaco-editor')).toHaveClass(/vs-dark|hc-black|px-dark/);
  const darkBackground = await background(page);

  await page.getByTestId('theme').selectOption('light');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect.poll(() => background(page)).not.toBe(darkBackground);
  await expect(pane.locator('.monaco-editor')).not.toHaveClass(/vs-dark/);

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect(page.getByTestId('theme')).toHaveValue('light');

  await page.getByTestId('theme').selectOption('system');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});
