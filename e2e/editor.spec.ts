import { fragmentFor, openWithYaml } from './helpers/app';
import {
  goToLineEnd,
  monacoVisibleText,
  pasteIntoMonaco,
  plainEditor,
  typeInMonaco,
  waitForMonaco,
} from './helpers/editor';
import { expect, test } from './helpers/fixtures';
import { expectProblem, problemsList } from './helpers/problems';

const CLEAN = 'environment:\n  restartPolicy: Never\n';

test('Monaco loads from the app itself and shows the linked document', async ({ page }) => {
  await openWithYaml(page, CLEAN);
  await waitForMonaco(page);
  expect(await monacoVisibleText(page)).toBe('environment:\n  restartPolicy: Never\n');
});

test('a document pasted into Monaco is kept exactly and checked', async ({ page }) => {
  const pasted =
    'environment:\n  tolerations:\n    - key: gpu\n      operator: Exists\n  restartPolicy: never\n';
  await openWithYaml(page, CLEAN);
  await pasteIntoMonaco(page, pasted);
  expect(await monacoVisibleText(page)).toBe(pasted);
  await expectProblem(page, { code: 'invalid-enum', path: 'environment.restartPolicy' });
});

test('typing in Monaco updates the problems and the squiggles', async ({ page }) => {
  await openWithYaml(page, CLEAN);
  await goToLineEnd(page, 2);
  await page.keyboard.press('Shift+Home');
  await typeInMonaco(page, 'restartPolicy: sometimes');
  expect(await monacoVisibleText(page)).toBe('environment:\n  restartPolicy: sometimes\n');
  const item = await expectProblem(page, { code: 'invalid-enum', path: 'environment.restartPolicy' });
  await expect(item).toHaveAttribute('data-severity', 'error');
  await expect(page.locator('[data-testid="monaco-pane"] .squiggly-error')).not.toHaveCount(0);
});

test('the text area works while Monaco loads, and Monaco takes over what was typed', async ({ page }) => {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/\/assets\/YamlEditor-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`/${fragmentFor(CLEAN)}`);
  const area = plainEditor(page);
  await expect(area).toHaveValue(CLEAN);
  await area.fill('environment:\n  restartPolicy: often\n');
  await expectProblem(page, { code: 'invalid-enum', path: 'environment.restartPolicy' });
  release();
  await waitForMonaco(page);
  await expect(area).toHaveCount(0);
  expect(await monacoVisibleText(page)).toBe('environment:\n  restartPolicy: often\n');
  await expect(problemsList(page).locator('> li[data-code="invalid-enum"]')).toHaveCount(1);
});

test('choosing a problem selects its text in the editor', async ({ page }) => {
  await openWithYaml(page, 'environment:\n  restartPolicy: sometimes\n');
  await waitForMonaco(page);
  const item = await expectProblem(page, { code: 'invalid-enum', path: 'environment.restartPolicy' });
  await item.getByTestId('problem-select').click();
  await expect(page.locator('[data-testid="monaco-pane"] .selected-text')).not.toHaveCount(0);
});
