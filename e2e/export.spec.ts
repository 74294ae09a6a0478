import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Download, Locator, Page } from '@playwright/test';
import { openWithYaml } from './helpers/app';
import { goToLineEnd, monacoVisibleText, typeInMonaco, waitForMonaco } from './helpers/editor';
import { expect, test } from './helpers/fixtures';

// Comments, odd quoting and flow style, which a re-serialization would change.
const QUIRKY = [
  '# team settings   ',
  'environment:   # pod settings',
  '  labels: {team: \'vision\', "tier": "1"}',
  "  annotations: {note: 'it''s \"quoted\"'}",
  '',
  '  # schedule on GPUs',
  '  tolerations:',
  '    - {key: "gpu", operator: Exists}',
  '',
].join('\n');

const POLYAXONFILE = [
  'version: 1.1',
  'kind: component',
  'run:',
  '  kind: job',
  '  environment:   # pod settings',
  '    labels:',
  "      team: 'vision'   # owner",
  '      tier: 1',
  '    nodeSelector: {"disk": "ssd"}',
  '    tolerations:',
  '      - key: gpu',
  '        operator: Exists',
  '        effect: NoSchedule',
  '    hostNetwork: false',
  '    serviceAccountName: "trainer"',
  '  container:',
  '    image: python',
  '',
].join('\n');

/** Opens the Export dialog with the toolbar button. */
async function openExport(page: Page): Promise<Locator> {
  await page.getByTestId('export-open').click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Clicks Download and returns the file's name and content. */
async function download(page: Page, dialog: Locator): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByTestId('export-download').click(),
  ]);
  return { name: file.suggestedFilename(), text: await contentOf(file) };
}

async function contentOf(file: Download): Promise<string> {
  return readFileSync(await file.path(), 'utf8');
}

/** Whether python3 can parse the snippet (it throws with python's message when not). */
function parsePython(source: string): void {
  const path = join(mkdtempSync(join(tmpdir(), 'export-py-')), 'snippet.py');
  writeFileSync(path, source);
  execFileSync('python3', ['-c', 'import ast,sys; ast.parse(open(sys.argv[1]).read())', path], {
    stdio: 'pipe',
  });
}

test('the whole-file YAML export is the pane text, comments and quoting kept', async ({ page }) => {
  await openWithYaml(page, QUIRKY);
  await waitForMonaco(page);
  // An edit made in the pane is part of the export.
  await goToLineEnd(page, 4);
  await typeInMonaco(page, '  # edited');
  const paneText = await monacoVisibleText(page);
  expect(paneText).toBe(QUIRKY.replace('"\'}', '"\'}  # edited'));

  const dialog = await openExport(page);
  await expect(dialog.getByTestId('export-format-yaml')).toBeChecked();
  await expect(dialog.getByTestId('export-scope-file')).toBeChecked();
  await expect(dialog.getByTestId('export-filename')).toHaveText('environment.yaml');
  await expect(dialog.getByTestId('export-preview')).toHaveText(paneText.replace(/\n$/, ''));
  await expect(dialog.getByTestId('export-warning')).toHaveCount(0);
  const file = await download(page, dialog);
  expect(file.name).toBe('environment.yaml');
  expect(file.text).toBe(paneText);
});

test('the section exports with and without its key, cut from the text', async ({ page }) => {
  await openWithYaml(page, POLYAXONFILE);
  await waitForMonaco(page);
  const dialog = await openExport(page);
  await dialog.getByTestId('export-scope-section').check();
  await expect(dialog.getByTestId('export-section')).toHaveText('environment: run.environment');
  const withKey = await download(page, dialog);
  expect(withKey.name).toBe('environment.yaml');
  expect(withKey.text).toBe(
    [
      'environment:   # pod settings',
      '  labels:',
      "    team: 'vision'   # owner",
      '    tier: 1',
      '  nodeSelector: {"disk": "ssd"}',
      '  tolerations:',
      '    - key: gpu',
      '      operator: Exists',
      '      effect: NoSchedule',
      '  hostNetwork: false',
      '  serviceAccountName: "trainer"',
      '',
    ].join('\n'),
  );

  await dialog.getByTestId('export-scope-body').check();
  await expect(dialog.getByTestId('export-preview')).toContainText("team: 'vision'   # owner");
  const body = await download(page, dialog);
  expect(body.text).toBe(
    [
      'labels:',
      "  team: 'vision'   # owner",
      '  tier: 1',
      'nodeSelector: {"disk": "ssd"}',
      'tolerations:',
      '  - key: gpu',
      '    operator: Exists',
      '    effect: NoSchedule',
      'hostNetwork: false',
      'serviceAccountName: "trainer"',
      '',
    ].join('\n'),
  );
});

test('the JSON export is the section as Polyaxon reads it', async ({ page }) => {
  await openWithYaml(page, POLYAXONFILE);
  await waitForMonaco(page);
  const dialog = await openExport(page);
  await dialog.getByTestId('export-format-json').check();
  await expect(dialog.getByTestId('export-filename')).toHaveText('environment.json');
  // The scope choice is for YAML only.
  await expect(dialog.getByTestId('export-scope-file')).toHaveCount(0);
  const file = await download(page, dialog);
  expect(file.name).toBe('environment.json');
  // The unquoted `tier: 1` is sent as the string "1"; key order is the text's.
  const expected = {
    labels: { team: 'vision', tier: '1' },
    nodeSelector: { disk: 'ssd' },
    tolerations: [{ key: 'gpu', operator: 'Exists', effect: 'NoSchedule' }],
    hostNetwork: false,
    serviceAccountName: 'trainer',
  };
  expect(JSON.parse(file.text)).toEqual(expected);
  expect(file.text).toBe(`${JSON.stringify(expected, null, 2)}\n`);
  await expect(dialog.getByTestId('export-preview')).toHaveText(JSON.stringify(expected, null, 2));
});

test('the Python export parses with python3, and Copy puts it on the clipboard', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openWithYaml(page, POLYAXONFILE);
  await waitForMonaco(page);
  const dialog = await openExport(page);
  await dialog.getByTestId('export-format-python').check();
  const file = await download(page, dialog);
  expect(file.name).toBe('environment.py');
  expect(file.text).toContain('from polyaxon.schemas import V1Environment\n');
  expect(file.text).toContain('environment = V1Environment(\n');
  expect(file.text).toContain('    service_account_name="trainer",\n');
  parsePython(file.text);

  await expect(dialog.getByTestId('export-copy-status')).toHaveText('');
  await dialog.getByTestId('export-copy').click();
  await expect(dialog.getByTestId('export-copy-status')).toHaveText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(file.text);
  // Another format clears the status; copying it replaces the clipboard.
  await dialog.getByTestId('export-format-yaml').check();
  await expect(dialog.getByTestId('export-copy-status')).toHaveText('');
  await dialog.getByTestId('export-copy').click();
  await expect(dialog.getByTestId('export-copy-status')).toHaveText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(POLYAXONFILE);
});

test('a file with errors exports, with a warning that counts them', async ({ page }) => {
  const broken = 'environment:\n  tolerations:\n    - effect: sometimes   # unknown\n';
  await openWithYaml(page, broken);
  await waitForMonaco(page);
  const dialog = await openExport(page);
  await expect(dialog.getByTestId('export-warning')).toHaveText(
    'This file has 2 errors; Polyaxon will reject it as it is.',
  );
  await dialog.getByTestId('export-format-json').check();
  const file = await download(page, dialog);
  expect(JSON.parse(file.text)).toEqual({ tolerations: [{ effect: 'sometimes' }] });
});

test('a section that cannot be read is not exported, and the dialog says why', async ({ page }) => {
  await openWithYaml(page, 'environment: [a, b]\n');
  await waitForMonaco(page);
  const dialog = await openExport(page);
  await expect(dialog.getByTestId('export-warning')).toHaveText(
    'This file has 1 error; Polyaxon will reject it as it is.',
  );
  // The whole file is still the user's text; the section cannot be read.
  await expect(dialog.getByTestId('export-preview')).toHaveText('environment: [a, b]');
  await dialog.getByTestId('export-format-json').check();
  await expect(dialog.getByTestId('export-error')).toHaveText(
    'Cannot export: environment cannot be read: line 1: environment must be a mapping of fields, not a list',
  );
  await expect(dialog.getByTestId('export-preview')).toHaveCount(0);
  await expect(dialog.getByTestId('export-download')).toHaveCount(0);
});

test('the cleaner exports a V1PolyaxonCleaner snippet', async ({ page }) => {
  const helm = 'cleaner:\n  image: polyaxon/polyaxon-init   # the image\n  imageTag: v2.1.0\n';
  await openWithYaml(page, helm);
  await waitForMonaco(page);
  const dialog = await openExport(page);
  await expect(dialog.getByTestId('export-filename')).toHaveText('cleaner.yaml');
  await dialog.getByTestId('export-format-python').check();
  await expect(dialog.getByTestId('export-filename')).toHaveText('cleaner.py');
  await expect(dialog.getByTestId('export-preview')).toContainText('V1PolyaxonCleaner(');
  const file = await download(page, dialog);
  expect(file.name).toBe('cleaner.py');
  // Short enough for black to keep the call on one line.
  expect(file.text).toBe(
    [
      'from polyaxon.schemas import V1PolyaxonCleaner',
      '',
      'cleaner = V1PolyaxonCleaner(image="polyaxon/polyaxon-init", image_tag="v2.1.0")',
      '',
    ].join('\n'),
  );
  parsePython(file.text);
});

test('the dialog works from the keyboard and shows the start of a long export', async ({ page }) => {
  const labels = Array.from({ length: 50 }, (_, i) => `    l${i}: v${i}`);
  await openWithYaml(page, ['environment:', '  labels:', ...labels, ''].join('\n'));
  await waitForMonaco(page);
  const opener = page.getByTestId('export-open');
  await opener.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toHaveAttribute('aria-modal', 'true');
  // Focus is in the dialog, on the format choice; arrow keys pick another format.
  await expect(dialog.getByRole('radio', { name: 'YAML' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(dialog.getByRole('radio', { name: 'JSON' })).toBeChecked();
  await expect(dialog.getByTestId('export-filename')).toHaveText('environment.json');
  await page.keyboard.press('ArrowUp');
  await expect(dialog.getByRole('radio', { name: 'YAML' })).toBeChecked();
  // 52 lines: the preview shows 40 and counts the rest.
  const preview = dialog.getByTestId('export-preview');
  expect(((await preview.textContent()) ?? '').split('\n')).toHaveLength(40);
  await expect(dialog.getByTestId('export-more')).toHaveText('… 12 more lines');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(opener).toBeFocused();
});
