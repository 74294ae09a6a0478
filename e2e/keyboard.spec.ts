import type { Page } from '@playwright/test';
import { openApp, openWithYaml } from './helpers/app';
import { monacoVisibleText, waitForMonaco } from './helpers/editor';
import { expect, test } from './helpers/fixtures';
import { control } from './helpers/form';
import { problemItem } from './helpers/problems';

/** Two problems: a fixable enum case (`noschedule`) and a restart policy that does not exist. */
const WITH_PROBLEMS = `environment:
  tolerations:
    - key: gpu
      operator: Exists
      effect: noschedule
  restartPolicy: sometimes
`;

function shortcutsDialog(page: Page) {
  return page.getByRole('dialog', { name: 'Keyboard shortcuts' });
}

/** What has the focus: its test id, `data-path`, or the pane it is in. */
async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement;
    if (!active || active === document.body) return 'body';
    if (active.closest('[data-testid="monaco-pane"]')) return 'monaco';
    if (active.closest('[data-testid="shortcuts-dialog"]')) return 'shortcuts-dialog';
    const path = active.getAttribute('data-path');
    if (path !== null) return `path:${path}`;
    return active.getAttribute('data-testid') ?? active.tagName.toLowerCase();
  });
}

/** The focus ring: the outline of the focused element, or of the Monaco pane when the focus is in it. */
async function focusRing(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement;
    if (!active) return 'none';
    const shown = active.closest('[data-testid="monaco-pane"]') ?? active;
    const style = getComputedStyle(shown);
    return `${style.outlineStyle} ${style.outlineWidth}`;
  });
}

async function clickIntoMonaco(page: Page): Promise<void> {
  const pane = await waitForMonaco(page);
  await pane.locator('.view-lines').click();
  await expect.poll(() => focused(page)).toBe('monaco');
}

test.describe('the keyboard shortcuts dialog', () => {
  test('? opens it, it lists the shortcuts by scope, Escape closes it and focus comes back', async ({
    page,
  }) => {
    await openApp(page);
    const policy = control(page, 'environment.restartPolicy');
    await policy.focus();
    await page.keyboard.press('?');
    const dialog = shortcutsDialog(page);
    await expect(dialog).toBeVisible();
    await expect(dialog).toHaveAttribute('aria-modal', 'true');
    await expect.poll(() => focused(page)).toBe('shortcuts-dialog');

    const app = dialog.locator('section[data-scope="app"]');
    await expect(app.getByRole('heading')).toHaveText('Anywhere on the page');
    await expect(app.locator('tr[data-shortcut="help"]')).toContainText('Show the keyboard shortcuts');
    await expect(app.locator('tr[data-shortcut="help"]')).toContainText(
      '? (outside text fields and the YAML)',
    );
    await expect(app.locator('tr[data-shortcut="help"]')).toContainText('F1 (outside the YAML)');
    await expect(app.locator('tr[data-shortcut="openFile"]')).toContainText('Ctrl+O');
    await expect(app.locator('tr[data-shortcut="fixAll"]')).toContainText('Ctrl+Shift+F');
    await expect(app.locator('tr[data-shortcut="focusForm"]')).toContainText('Alt+1');
    await expect(app.locator('tr[data-shortcut="focusYaml"]')).toContainText('Alt+2');
    await expect(app.locator('tr[data-shortcut="focusProblems"]')).toContainText('Alt+3');
    const yaml = dialog.locator('section[data-scope="yaml"]');
    await expect(yaml.getByRole('heading')).toHaveText('In the YAML pane');
    await expect(yaml.locator('tr[data-shortcut="yaml.quickFix"]')).toContainText('Ctrl+.');
    await expect(yaml.locator('tr[data-shortcut="yaml.nextProblem"]')).toContainText('F8 or Shift+F8');
    await expect(yaml.locator('tr[data-shortcut="yaml.find"]')).toContainText('Ctrl+F');
    await expect(yaml.locator('tr[data-shortcut="yaml.complete"]')).toContainText('Ctrl+Space');

    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect.poll(() => focused(page)).toBe('path:environment.restartPolicy');
  });

  test('the header button opens it; Close closes it and focus returns to the button', async ({ page }) => {
    await openApp(page);
    const open = page.getByTestId('shortcuts-open');
    await expect(open).toHaveAccessibleName(/^Keyboard shortcuts/);
    await open.focus();
    await page.keyboard.press('Enter');
    await expect(shortcutsDialog(page)).toBeVisible();
    // The page behind is inert: Tab stays in the dialog.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect.poll(() => focused(page)).toBe('shortcuts-dialog');
    await shortcutsDialog(page).getByRole('button', { name: 'Close' }).click();
    await expect(shortcutsDialog(page)).toHaveCount(0);
    await expect.poll(() => focused(page)).toBe('shortcuts-open');
  });

  test('? is typed, not taken, in text fields and in the YAML; F1 opens it outside the YAML', async ({
    page,
  }) => {
    await openApp(page);
    const nodeName = control(page, 'environment.nodeName');
    await nodeName.click();
    await page.keyboard.type('a?b');
    await expect(nodeName).toHaveValue('a?b');
    await expect(shortcutsDialog(page)).toHaveCount(0);

    await clickIntoMonaco(page);
    await page.keyboard.press('ControlOrMeta+Home');
    await page.keyboard.type('#?');
    await expect.poll(() => monacoVisibleText(page)).toMatch(/^#\?/);
    await page.keyboard.press('F1');
    await expect(shortcutsDialog(page)).toHaveCount(0);

    await nodeName.focus();
    await page.keyboard.press('F1');
    await expect(shortcutsDialog(page)).toBeVisible();
  });
});

test.describe('focus shortcuts', () => {
  test('Alt+1, Alt+2 and Alt+3 move the focus to the form, the YAML and the problems', async ({ page }) => {
    await openWithYaml(page, WITH_PROBLEMS);
    await clickIntoMonaco(page);
    const before = await monacoVisibleText(page);

    // From inside Monaco (where Tab indents), Alt+1 gets out to the form's first field.
    await page.keyboard.press('Alt+1');
    const firstField = page
      .getByTestId('section-form')
      .locator('[data-path]:is(input, select, textarea):not([disabled])')
      .first();
    await expect(firstField).toBeFocused();
    expect(await focusRing(page)).toBe('solid 2px');

    await page.keyboard.press('Alt+3');
    const firstProblem = problemItem(page, {
      code: 'invalid-enum',
      path: 'environment.tolerations[0].effect',
    }).getByTestId('problem-select');
    await expect(page.getByTestId('problems').locator('> li').first()).toHaveAttribute(
      'data-path',
      'environment.tolerations[0].effect',
    );
    await expect(firstProblem).toBeFocused();
    expect(await focusRing(page)).toBe('solid 2px');

    await page.keyboard.press('Alt+2');
    await expect.poll(() => focused(page)).toBe('monaco');
    expect(await focusRing(page)).toBe('solid 2px');
    // The keys were taken: nothing was typed into the YAML.
    expect(await monacoVisibleText(page)).toBe(before);
  });

  test('Alt+2 focuses the plain text area when Monaco is not there', async ({ page }) => {
    // Hold the editor chunk back: the text area stands in for it.
    await page.route(/YamlEditor-[^/]*\.js$/, () => undefined);
    await openApp(page);
    await page.getByTestId('shortcuts-open').focus();
    await page.keyboard.press('Alt+2');
    await expect(page.getByTestId('yaml-input')).toBeFocused();
  });
});

test.describe('action shortcuts', () => {
  test('Ctrl+O opens the file picker, from the YAML too', async ({ page }) => {
    await openApp(page);
    await clickIntoMonaco(page);
    const chooser = page.waitForEvent('filechooser');
    await page.keyboard.press('ControlOrMeta+o');
    const picker = await chooser;
    await picker.setFiles({
      name: 'picked.yaml',
      mimeType: 'text/yaml',
      buffer: Buffer.from('environment:\n  nodeName: from-picker\n'),
    });
    await expect.poll(() => monacoVisibleText(page)).toBe('environment:\n  nodeName: from-picker\n');
  });

  test('Ctrl+Shift+E opens Export from the YAML pane; Escape gives the focus back to the pane', async ({
    page,
  }) => {
    await openWithYaml(page, WITH_PROBLEMS);
    await clickIntoMonaco(page);
    await page.keyboard.press('ControlOrMeta+Shift+E');
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect.poll(() => focused(page)).toBe('monaco');
  });

  test('Ctrl+Shift+F shows the Fix all preview; Escape closes it', async ({ page }) => {
    await openWithYaml(page, WITH_PROBLEMS);
    await clickIntoMonaco(page);
    await page.keyboard.press('ControlOrMeta+Shift+F');
    const dialog = page.getByTestId('fix-all-dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog.getByTestId('fix-all-diff')).toContainText('+       effect: NoSchedule');
    // The page's shortcuts are off while a dialog is open.
    await page.keyboard.press('Alt+2');
    await expect.poll(() => focused(page)).not.toBe('monaco');
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    // Nothing was applied.
    await expect.poll(() => monacoVisibleText(page)).toContain('effect: noschedule');
  });
});

test.describe('Monaco’s own keys listed in the dialog', () => {
  test('F8 shows the next problem, and Ctrl+M lets Tab leave the editor', async ({ page }) => {
    await openWithYaml(page, WITH_PROBLEMS);
    await clickIntoMonaco(page);
    await page.keyboard.press('ControlOrMeta+Home');
    await page.keyboard.press('F8');
    const widget = page.locator('[data-testid="monaco-pane"] .marker-widget');
    await expect(widget).toBeVisible();
    await expect(widget).toContainText('NoSchedule');
    await page.keyboard.press('Escape');
    await expect(widget).toBeHidden();

    const before = await monacoVisibleText(page);
    await page.keyboard.press('Control+m');
    await page.keyboard.press('Tab');
    await expect.poll(() => focused(page)).not.toBe('monaco');
    expect(await monacoVisibleText(page)).toBe(before);
  });
});
