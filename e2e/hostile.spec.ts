// Hostile input in the browser: each gives a clear message and leaves the page usable. The core's
// side (and the time each takes) is covered by src/robustness/ and `npm run bench`; no timings here.
import type { Page } from '@playwright/test';
import { openWithYaml } from './helpers/app';
import { monacoVisibleText, pasteIntoMonaco, plainEditor, waitForMonaco } from './helpers/editor';
import { expect, test } from './helpers/fixtures';
import { control } from './helpers/form';
import { problemsList } from './helpers/problems';

const SMALL = 'environment:\n  nodeName: a\n';

/** A valid environment of at least `bytes` characters: many short labels. */
function manyLabels(bytes: number): string {
  const lines = ['environment:', '  labels:'];
  for (let i = 0, size = 0; size < bytes; i++) {
    const line = `    example.com/k${i}: v${i}`;
    lines.push(line);
    size += line.length + 1;
  }
  return `${lines.join('\n')}\n`;
}

/** Ten levels of ten aliases: 10^10 values once expanded. */
function billionLaughs(): string {
  const lines = ['environment:', '  annotations:', `    a0: &a0 [${Array(10).fill('ha').join(', ')}]`];
  for (let i = 1; i < 10; i++)
    lines.push(
      `    a${i}: &a${i} [${Array(10)
        .fill(`*a${i - 1}`)
        .join(', ')}]`,
    );
  lines.push('  nodeSelector: *a9');
  return `${lines.join('\n')}\n`;
}

/** The one problem with this code. */
function problem(page: Page, code: string) {
  return problemsList(page).locator(`> li[data-code="${code}"]`);
}

/** The form is back on the small document, and editable. */
async function expectSmallDocumentBack(page: Page): Promise<void> {
  await expect.poll(() => monacoVisibleText(page)).toBe(SMALL);
  await expect(control(page, 'environment.nodeName')).toHaveValue('a');
  await expect(control(page, 'environment.nodeName')).toBeEnabled();
  await expect(page.getByTestId('form-readonly')).toHaveCount(0);
}

/** The page still answers: an option changes, and Monaco takes an undo. */
async function expectResponsive(page: Page): Promise<void> {
  await page.getByTestId('policy-select').selectOption('restricted');
  await expect(page.getByTestId('policy-select')).toHaveValue('restricted');
  // Focused, not clicked: after a long line the view may be scrolled out of the click's way.
  await page.locator('[data-testid="monaco-pane"] textarea.inputarea').focus();
  await page.keyboard.press('ControlOrMeta+Z');
  await expectSmallDocumentBack(page);
}

async function expectTooLarge(page: Page): Promise<void> {
  await expect(problem(page, 'text-too-large')).toContainText(
    'the text is 5.0 MB, more than the 1.0 MB this checker reads',
  );
  await expect(page.getByTestId('detected')).toContainText('5.0 MB');
  // The form does not try to show it either, and says so.
  await expect(page.getByTestId('form-readonly')).toContainText(
    'the text is 5.0 MB, more than the 1.0 MB the form reads',
  );
}

test.describe('hostile documents', () => {
  test.slow();

  test('a 5 MB document pasted into Monaco is refused with a message; the page stays usable', async ({
    page,
  }) => {
    await openWithYaml(page, SMALL);
    const big = manyLabels(5 * 1024 * 1024);
    await pasteIntoMonaco(page, big);
    await expectTooLarge(page);
    await expectResponsive(page);
  });

  test('a 5 MB file opened from disk is refused with a message; the page stays usable', async ({ page }) => {
    await openWithYaml(page, SMALL);
    await waitForMonaco(page);
    await page.getByTestId('open-file-input').setInputFiles({
      name: 'huge.yaml',
      mimeType: 'text/yaml',
      buffer: Buffer.from(manyLabels(5 * 1024 * 1024), 'utf8'),
    });
    await expectTooLarge(page);
    await expectResponsive(page);
  });

  for (const [shape, nested] of [
    ['flow lists', `${'['.repeat(10_000)}${']'.repeat(10_000)}`],
    ['flow mappings', `${'{a: '.repeat(10_000)}1${'}'.repeat(10_000)}`],
  ] as const) {
    test(`10,000-deep nesting (${shape}) is reported as too deep to read`, async ({ page }) => {
      await openWithYaml(page, SMALL);
      await pasteIntoMonaco(page, `environment:\n  labels: ${nested}\n`);
      const deep = problemsList(page).locator('> li', { hasText: 'nests too deeply' });
      await expect(deep).toHaveCount(1);
      await expect(deep).toHaveAttribute('data-code', 'yaml-syntax');
      await expect(deep).toContainText('flatten');
      await expectResponsive(page);
    });
  }

  test('a "billion laughs" of aliases is capped with a clear error', async ({ page }) => {
    await openWithYaml(page, SMALL);
    await pasteIntoMonaco(page, billionLaughs());
    const item = problem(page, 'alias-too-deep');
    await expect(item).toHaveCount(1);
    await expect(item).toContainText('aliases expand this section to more than 100,000 values');
    await expect(item).toContainText('billion laughs');
    await expectResponsive(page);
  });

  test('a 200,000-character line is checked, with a short message', async ({ page }) => {
    await openWithYaml(page, SMALL);
    await pasteIntoMonaco(page, `environment:\n  labels:\n    example.com/long: ${'x'.repeat(200_000)}\n`);
    const item = problem(page, 'label-value-invalid');
    await expect(item).toContainText('must be no more than 63 characters');
    expect(((await item.textContent()) ?? '').length).toBeLessThan(1_000);
    await expect(control(page, 'environment.labels["example.com/long"]')).toHaveValue('x'.repeat(200_000));
    await expectResponsive(page);
  });

  test('binary junk pasted as text is called binary', async ({ page }) => {
    await openWithYaml(page, SMALL);
    let seed = 7;
    const junk = Array.from({ length: 20_000 }, () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return String.fromCharCode((seed >>> 16) & 0xff);
    }).join('');
    await pasteIntoMonaco(page, junk);
    const binary = problemsList(page).locator('> li', { hasText: 'is it binary?' });
    await expect(binary).toHaveCount(1);
    await expect(binary).toContainText(/the text contains U\+[0-9A-F]{4}.* at line \d+, column \d+/);
    await expectResponsive(page);
  });
});

test.describe('files that are not UTF-8 text', () => {
  test('an executable-like file with NUL bytes is refused; the document is kept', async ({ page }) => {
    await openWithYaml(page, SMALL);
    await waitForMonaco(page);
    await page.getByTestId('open-file-input').setInputFiles({
      name: 'tool',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00]),
    });
    await expect(page.getByTestId('notice')).toContainText(
      'tool: binary content: a NUL byte at offset 7; not a YAML text file',
    );
    await expectSmallDocumentBack(page);
  });

  test('a file cut inside a UTF-8 sequence is refused where it breaks', async ({ page }) => {
    await openWithYaml(page, SMALL);
    await waitForMonaco(page);
    const head = Buffer.from('environment:\n  labels:\n    team: ', 'utf8');
    await page.getByTestId('open-file-input').setInputFiles({
      name: 'cut.yaml',
      mimeType: 'text/yaml',
      buffer: Buffer.concat([head, Buffer.from([0x80, 0x41, 0xe2, 0x82])]),
    });
    await expect(page.getByTestId('notice')).toContainText(
      `cut.yaml: not valid UTF-8 (first bad byte at offset ${head.length})`,
    );
    await expectSmallDocumentBack(page);
  });
});

/** How the notice says a link could not be read (its exact reason depends on the shape). */
const LINK_NOT_READ = /the link .*(not hold a readable document|cut short|format)/i;

/** The page is there: its heading, its options and an editor, not a blank or crashed page. */
async function expectPageNotBlank(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByTestId('detected')).toBeVisible();
  await expect(page.getByTestId('policy-select')).toBeEnabled();
  await expect(page.getByTestId('monaco-pane').or(plainEditor(page)).first()).toBeVisible();
}

test.describe('garbage #yaml= links', () => {
  const valid = Buffer.from('environment:\n  nodeName: from-link\n', 'utf8').toString('base64url');
  // Cut to a length no base64 text can have (4n + 1).
  const truncated = valid.slice(0, valid.length - ((valid.length - 1) % 4));
  const brokenUtf8 = Buffer.concat([
    Buffer.from('environment:\n  labels: {team: ', 'utf8'),
    Buffer.from([0xe2, 0x82]),
  ]).toString('base64url');
  const shapes: readonly (readonly [string, string])[] = [
    ['plain YAML instead of base64', `#yaml=${encodeURIComponent('environment: {nodeName: a}')}`],
    ['symbols', '#yaml=***'],
    ['a truncated link', `#yaml=${truncated}`],
    ['valid base64 of bytes that are not UTF-8', `#yaml=${brokenUtf8}`],
    ['a very long garbage link', `#yaml=${'QUJD'.repeat(50_000)}!`],
    ['a broken percent escape', '#yaml=%E0%A4%A'],
    ['an unknown compressed format', '#yaml=q9.AAAA'],
    ['a compressed link that does not inflate', '#yaml=z1.AAAAAAAA'],
  ];

  for (const [shape, hash] of shapes) {
    test(`${shape}: a notice says the link could not be read`, async ({ page }) => {
      await page.goto(`/${hash}`);
      await expect(page.getByTestId('notice')).toContainText(LINK_NOT_READ);
      await expectPageNotBlank(page);
    });
  }

  test('an empty #yaml= opens the page, not a blank one', async ({ page }) => {
    await page.goto('/#yaml=');
    await expectPageNotBlank(page);
  });
});
