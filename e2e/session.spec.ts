import { fragmentFor, openApp, openWithYaml } from './helpers/app';
import { goToLineEnd, monacoVisibleText, typeInMonaco, waitForMonaco } from './helpers/editor';
import { expect, test } from './helpers/fixtures';
import { control } from './helpers/form';

const DOC = [
  '# GPU pool for the research team',
  'environment:',
  '  nodeName: a   # keep this comment',
  '  labels:',
  "    team: 'research'   # ünïcode ✓",
  '  restartPolicy: Never',
  '',
].join('\n');

test('a shared link opens the same document in a fresh browser', async ({ page, browser }) => {
  await openWithYaml(page, DOC);
  await control(page, 'environment.nodeName').fill('gpu-node-7');
  const edited = DOC.replace('nodeName: a ', 'nodeName: gpu-node-7 ');
  await expect.poll(() => monacoVisibleText(page)).toBe(edited);
  await page.getByTestId('share-open').click();
  const url = page.getByTestId('share-url');
  await expect(url).toHaveValue(/#/);
  const link = await url.inputValue();
  expect(page.url()).toBe(link);

  const other = await browser.newContext();
  try {
    const fresh = await other.newPage();
    await fresh.goto(link);
    await expect.poll(() => monacoVisibleText(fresh)).toBe(edited);
  } finally {
    await other.close();
  }
});

test('a long document is shared compressed and still opens whole', async ({ page }) => {
  const rows = Array.from({ length: 60 }, (_, i) => `    example.com/label-${i}: value-${i}`).join('\n');
  const long = `environment:\n  labels:\n${rows}\n`;
  await openWithYaml(page, long);
  await waitForMonaco(page);
  await page.getByTestId('share-open').click();
  const link = await page.getByTestId('share-url').inputValue();
  expect(link).toContain('#yaml=z1.');
  expect(link.length).toBeLessThan(fragmentFor(long).length);
  await page.keyboard.press('Escape');
  await page.goto('/');
  await page.goto(link);
  await expect(control(page, 'environment.labels["example.com/label-59"]')).toHaveValue('value-59');
});

test('a reload brings back the work and its undo history', async ({ page }) => {
  await openWithYaml(page, DOC);
  await control(page, 'environment.nodeName').fill('b');
  await expect.poll(() => monacoVisibleText(page)).toContain('nodeName: b ');
  await page.reload();
  await expect.poll(() => monacoVisibleText(page)).toBe(DOC.replace('nodeName: a ', 'nodeName: b '));
  await page.getByTestId('undo').click();
  await expect.poll(() => monacoVisibleText(page)).toBe(DOC);
  await page.getByTestId('redo').click();
  await expect(control(page, 'environment.nodeName')).toHaveValue('b');
});

test('what was typed survives the tab being closed without warning', async ({ page, context }) => {
  await openWithYaml(page, DOC);
  await goToLineEnd(page, 6);
  await typeInMonaco(page, '\nschedulerName: volcano');
  await expect(control(page, 'environment.schedulerName')).toHaveValue('volcano');
  await page.close({ runBeforeUnload: false });
  const reopened = await context.newPage();
  await openApp(reopened);
  await expect(control(reopened, 'environment.schedulerName')).toHaveValue('volcano');
  await expect.poll(() => monacoVisibleText(reopened)).toContain('# keep this comment');
});

test('a broken or cut link says why and keeps the current work', async ({ page }) => {
  await openWithYaml(page, DOC);
  await control(page, 'environment.nodeName').fill('kept');
  const kept = DOC.replace('nodeName: a ', 'nodeName: kept ');
  await expect.poll(() => monacoVisibleText(page)).toBe(kept);

  await page.goto('/#yaml=@@not-a-link@@');
  await expect(page.getByTestId('notice')).toContainText('Your current work is kept');
  await expect.poll(() => monacoVisibleText(page)).toBe(kept);

  // Opened fresh (a reload on a cut link): the saved work comes back with the reason.
  await page.goto('/#yaml=z1.eJxLzSvLLMrPy03NK7HiUlDIy09J9UvMTbVS');
  await page.reload();
  await expect(page.getByTestId('notice')).toContainText(/cut short|altered/);
  await expect.poll(() => monacoVisibleText(page)).toBe(kept);
});

test('New asks before dropping changes, and Undo brings them back', async ({ page }) => {
  await openWithYaml(page, DOC);
  await control(page, 'environment.nodeName').fill('changed');
  const changed = DOC.replace('nodeName: a ', 'nodeName: changed ');
  await expect.poll(() => monacoVisibleText(page)).toBe(changed);

  await page.getByTestId('new-document').click();
  const dialog = page.getByTestId('new-dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Keep this document' }).click();
  await expect(dialog).toBeHidden();
  await expect.poll(() => monacoVisibleText(page)).toBe(changed);

  await page.getByTestId('new-document').click();
  await page.getByTestId('new-confirm').click();
  await expect.poll(() => monacoVisibleText(page)).toBe('environment:\n');
  await page.getByTestId('undo').click();
  await expect.poll(() => monacoVisibleText(page)).toBe(changed);
});

test('Ctrl+Z undoes form and YAML changes in order, wherever the focus is', async ({ page }) => {
  await openWithYaml(page, DOC);
  await goToLineEnd(page, 6);
  await typeInMonaco(page, '\nschedulerName: volcano');
  const typed = DOC.replace('restartPolicy: Never\n', 'restartPolicy: Never\n  schedulerName: volcano\n');
  await expect.poll(() => monacoVisibleText(page)).toBe(typed);
  const nodeName = control(page, 'environment.nodeName');
  await nodeName.fill('b');
  const both = typed.replace('nodeName: a ', 'nodeName: b ');
  await expect.poll(() => monacoVisibleText(page)).toBe(both);

  // In the form field: the form edit is undone, and the field shows the document's value again.
  await page.keyboard.press('ControlOrMeta+Z');
  await expect.poll(() => monacoVisibleText(page)).toBe(typed);
  await expect(nodeName).toHaveValue('a');
  // In the YAML pane: the typing before it is undone as one step.
  await page.locator('[data-testid="monaco-pane"] .view-lines').click();
  await page.keyboard.press('ControlOrMeta+Z');
  await expect.poll(() => monacoVisibleText(page)).toBe(DOC);
  await page.keyboard.press('ControlOrMeta+Shift+Z');
  await expect.poll(() => monacoVisibleText(page)).toBe(typed);
  // On the page itself.
  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('ControlOrMeta+Y');
  await expect.poll(() => monacoVisibleText(page)).toBe(both);
});
