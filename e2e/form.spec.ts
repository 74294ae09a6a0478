import { openWithYaml } from './helpers/app';
import { goToLineEnd, monacoVisibleText, typeInMonaco, waitForMonaco } from './helpers/editor';
import { expect, test } from './helpers/fixtures';
import { control } from './helpers/form';
import { problemItem } from './helpers/problems';

const DOC = [
  '# shared by every run of the team',
  'environment:',
  '  nodeName: a   # keep this comment',
  '',
  '  labels:',
  "    team: 'research'",
  '  restartPolicy: Never',
  '',
].join('\n');

test('typing in a form field changes only that value in the YAML', async ({ page }) => {
  await openWithYaml(page, DOC);
  await waitForMonaco(page);
  const nodeName = control(page, 'environment.nodeName');
  await expect(nodeName).toHaveValue('a');
  await nodeName.fill('gpu-node-1');
  await expect.poll(() => monacoVisibleText(page)).toBe(DOC.replace('nodeName: a ', 'nodeName: gpu-node-1 '));
  await nodeName.fill('');
  await expect
    .poll(() => monacoVisibleText(page))
    .toBe(DOC.replace('  nodeName: a   # keep this comment\n\n', ''));
});

test('typing in Monaco updates the form without touching the field being edited', async ({ page }) => {
  await openWithYaml(page, DOC);
  await goToLineEnd(page, 7);
  await typeInMonaco(page, '\nschedulerName: volcano');
  await expect(control(page, 'environment.schedulerName')).toHaveValue('volcano');
  await expect(control(page, 'environment.labels.team')).toHaveValue('research');
});

test('a form edit is one undo step in Monaco', async ({ page }) => {
  await openWithYaml(page, DOC);
  await waitForMonaco(page);
  await control(page, 'environment.labels.team').fill('platform');
  await expect.poll(() => monacoVisibleText(page)).toContain("team: 'platform'");
  await page.locator('[data-testid="monaco-pane"] .view-lines').click();
  await page.keyboard.press('ControlOrMeta+Z');
  await expect.poll(() => monacoVisibleText(page)).toBe(DOC);
  await expect(control(page, 'environment.labels.team')).toHaveValue('research');
});

test('a new label is added from the table', async ({ page }) => {
  await openWithYaml(page, DOC);
  await waitForMonaco(page);
  await control(page, 'environment.labels', 'new-key').fill('example.com/owner');
  await control(page, 'environment.labels', 'new-value').fill('ml');
  await page.locator('[data-panel="labels"]').getByRole('button', { name: 'Add', exact: true }).click();
  await expect
    .poll(() => monacoVisibleText(page))
    .toContain("    team: 'research'\n    example.com/owner: ml\n");
  await expect(control(page, 'environment.labels["example.com/owner"]')).toHaveValue('ml');
});

test('while the YAML does not parse the form keeps its last state, read-only', async ({ page }) => {
  await openWithYaml(page, DOC);
  await goToLineEnd(page, 6);
  await typeInMonaco(page, ' x');
  await expect(page.getByTestId('form-readonly')).toContainText('line');
  await expect(control(page, 'environment.nodeName')).toBeDisabled();
  await expect(control(page, 'environment.labels.team')).toHaveValue('research');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await expect(page.getByTestId('form-readonly')).toHaveCount(0);
  await expect(control(page, 'environment.nodeName')).toBeEnabled();
});

test('choosing a problem focuses its form control and shows the issue next to it', async ({ page }) => {
  await openWithYaml(page, 'environment:\n  restartPolicy: sometimes\n');
  await waitForMonaco(page);
  const select = control(page, 'environment.restartPolicy');
  await expect(select.locator('xpath=..').getByTestId('field-issues')).toContainText('restartPolicy');
  await problemItem(page, { code: 'invalid-enum', path: 'environment.restartPolicy' })
    .getByTestId('problem-select')
    .click();
  await expect(select).toBeFocused();
  await select.selectOption({ label: 'OnFailure' });
  await expect.poll(() => monacoVisibleText(page)).toBe('environment:\n  restartPolicy: OnFailure\n');
});

/** A distributed job: one environment section per replica kind. */
const TFJOB = [
  'version: 1.1',
  'kind: component',
  'run:',
  '  kind: tfjob',
  '  chief:',
  '    environment:',
  '      nodeName: chief-node',
  '  worker:',
  '    replicas: 2',
  '    environment:',
  '      nodeName: worker-node',
  '',
].join('\n');

test('a file with several sections lets the form pick one', async ({ page }) => {
  await openWithYaml(page, TFJOB);
  await expect(control(page, 'run.chief.environment.nodeName')).toHaveValue('chief-node');
  await page.getByTestId('section-picker').selectOption({ index: 1 });
  await expect(control(page, 'run.worker.environment.nodeName')).toHaveValue('worker-node');
});

test('picking another section right after typing in the YAML shows it at once', async ({ page }) => {
  await openWithYaml(page, TFJOB);
  await goToLineEnd(page, 7);
  await typeInMonaco(page, '-1');
  await expect(control(page, 'run.chief.environment.nodeName')).toHaveValue('chief-node-1');
  // Watched from here on: the form must not fall back to "Reading the document…".
  await page.evaluate(() => {
    const w = window as unknown as { sawWaiting?: boolean };
    w.sawWaiting = false;
    new MutationObserver(() => {
      if (document.querySelector('[data-testid="form-waiting"]')) w.sawWaiting = true;
    }).observe(document.body, { subtree: true, childList: true });
  });
  await page.getByTestId('section-picker').selectOption({ index: 1 });
  await expect(control(page, 'run.worker.environment.nodeName')).toHaveValue('worker-node');
  expect(await page.evaluate(() => (window as unknown as { sawWaiting?: boolean }).sawWaiting)).toBe(false);
});

test('the form creates the section when the document has none', async ({ page }) => {
  await openWithYaml(page, '# my notes\n');
  await waitForMonaco(page);
  await control(page, 'environment.serviceAccountName').fill('runner');
  await expect
    .poll(() => monacoVisibleText(page))
    .toBe('# my notes\nenvironment:\n  serviceAccountName: runner\n');
});
