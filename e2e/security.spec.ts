// Text from the document, the link or a file's name is shown as text, never run or parsed as HTML.
// Each payload would set window.__pwned or open a dialog if it ran; the page's Content Security
// Policy would also block it and report a violation, which fails the test (helpers/fixtures.ts),
// and the DOM is searched for the elements and attributes an injection would create.
import type { Page } from '@playwright/test';
import { fragmentFor, openApp, openWithYaml } from './helpers/app';
import { monacoVisibleText, waitForMonaco } from './helpers/editor';
import { expect, test } from './helpers/fixtures';
import { control } from './helpers/form';
import { problemsList } from './helpers/problems';

const IMG = '<img src=x onerror="window.__pwned=1">';
const SCRIPT = '<script>window.__pwned=1</script>';
const JS_URL = 'javascript:window.__pwned=1';
const SVG = '"><svg onload=window.__pwned=1>';
const ALERT = '<img src=x onerror=alert(1)>';

/** How the notice says a link could not be read (its exact reason may vary). */
const LINK_NOT_READ = /the link .*(not hold a readable document|cut short|format)/i;

/** Single-quoted YAML scalar (a `'` is doubled). */
function q(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

const HOSTILE = [
  `# ${SCRIPT} ${ALERT}`,
  'environment:',
  '  labels:',
  `    ${q(IMG)}: ${q(SVG)}`,
  '  annotations:',
  `    ${q(SCRIPT)}: x`,
  `    link: ${q(JS_URL)}`,
  `    note: ${q(ALERT)}`,
  '  nodeSelector:',
  `    disk: ${q(IMG)}`,
  '  tolerations:',
  `    - key: ${q(SVG)}`,
  '      operator: Exists',
  '  affinity:',
  '    nodeAffinity:',
  '      requiredDuringSchedulingIgnoredDuringExecution:',
  '        nodeSelectorTerms:',
  `          - matchExpressions: [{key: zone, operator: In, values: [${q(IMG)}]}]`,
  `  ${q(SVG)}: 1`,
  '  restart_policy: never',
  '',
].join('\n');

/** Records every dialog (alert, confirm, prompt) the page opens. */
function watchDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return dialogs;
}

/** What an injection would have left in the page. */
async function injectionTraces(page: Page) {
  return page.evaluate(() => {
    const all = [...document.querySelectorAll('*')];
    const describe = (el: Element): string => el.outerHTML.slice(0, 120);
    return {
      pwned: (window as { __pwned?: unknown }).__pwned,
      handlers: all.filter((el) => [...el.attributes].some((a) => /^on/i.test(a.name))).map(describe),
      images: [...document.querySelectorAll('img[src="x"]')].map(describe),
      scripts: [...document.scripts].filter((s) => s.textContent?.includes('__pwned')).map(describe),
      jsUrls: [...document.querySelectorAll('[href], [src], [action], [formaction]')]
        .filter((el) =>
          ['href', 'src', 'action', 'formaction'].some((name) =>
            /^\s*javascript:/i.test(el.getAttribute(name) ?? ''),
          ),
        )
        .map(describe),
    };
  });
}

/**
 * The one problem with this code, checked to be at this path (paths holding quotes cannot go in
 * the CSS attribute selector the problems helper builds).
 */
async function expectProblem(page: Page, { code, path }: { code: string; path: string }) {
  const item = problemsList(page).locator(`> li[data-code="${code}"]`);
  await expect(item).toHaveCount(1);
  await expect(item).toHaveAttribute('data-path', path);
  return item;
}

async function expectNothingRan(page: Page, dialogs: string[]): Promise<void> {
  expect(await injectionTraces(page)).toEqual({
    pwned: undefined,
    handlers: [],
    images: [],
    scripts: [],
    jsUrls: [],
  });
  expect(dialogs).toEqual([]);
}

test('payloads in labels, annotations, node selector, tolerations, keys and comments stay text', async ({
  page,
}) => {
  const dialogs = watchDialogs(page);
  await openWithYaml(page, HOSTILE);
  await waitForMonaco(page);

  // The form inputs hold the payloads as their values.
  await expect(control(page, 'environment.labels', 'key')).toHaveValue(IMG);
  await expect(control(page, `environment.labels[${JSON.stringify(IMG)}]`)).toHaveValue(SVG);
  await expect(control(page, 'environment.annotations', 'key').first()).toHaveValue(SCRIPT);
  await expect(control(page, 'environment.annotations.link')).toHaveValue(JS_URL);
  await expect(control(page, 'environment.annotations.note')).toHaveValue(ALERT);
  await expect(control(page, 'environment.nodeSelector.disk')).toHaveValue(IMG);
  await expect(control(page, 'environment.tolerations[0].key')).toHaveValue(SVG);
  // Read-only views show them as text.
  await expect(page.getByTestId('affinity-summary')).toHaveText(`must run on nodes with zone=${IMG}`);
  await expect(page.locator('[data-panel="other-keys"]')).toContainText(SVG);

  // The problems list quotes them literally.
  const labelKey = await expectProblem(page, {
    code: 'label-key-invalid',
    path: `environment.labels[${JSON.stringify(IMG)}]`,
  });
  await expect(labelKey).toContainText(`labels key "${IMG}" is not valid`);
  const annotationKey = await expectProblem(page, {
    code: 'annotation-key-invalid',
    path: `environment.annotations[${JSON.stringify(SCRIPT)}]`,
  });
  await expect(annotationKey).toContainText(SCRIPT);
  await expect(
    await expectProblem(page, { code: 'node-selector-value-invalid', path: 'environment.nodeSelector.disk' }),
  ).toContainText(`nodeSelector.disk: "${IMG}"`);
  await expect(
    await expectProblem(page, { code: 'toleration-key-invalid', path: 'environment.tolerations[0].key' }),
  ).toContainText(`toleration key "${SVG}"`);
  await expectProblem(page, { code: 'unknown-key', path: `environment[${JSON.stringify(SVG)}]` });

  // Monaco shows the comment and the values as written.
  const shown = await monacoVisibleText(page);
  expect(shown).toContain(`# ${SCRIPT} ${ALERT}`);
  expect(shown).toContain(`    link: ${q(JS_URL)}`);

  // The Fix all preview shows the same lines as text.
  await page.getByTestId('fix-all').click();
  const diff = page.getByTestId('fix-all-dialog').getByTestId('fix-all-diff');
  await expect(diff).toContainText('restartPolicy: Never');
  await expect(diff).toContainText(`${q(IMG)}: ${q(SVG)}`);
  await expect(diff).toContainText(`# ${SCRIPT} ${ALERT}`);

  await expectNothingRan(page, dialogs);
});

test('a payload typed into a form field is written to the YAML as text', async ({ page }) => {
  const dialogs = watchDialogs(page);
  await openWithYaml(page, 'environment:\n  nodeName: a\n');
  await waitForMonaco(page);
  await control(page, 'environment.nodeName').fill(ALERT);
  await expect.poll(() => monacoVisibleText(page)).toBe(`environment:\n  nodeName: ${ALERT}\n`);
  await expect(
    await expectProblem(page, { code: 'node-name-invalid', path: 'environment.nodeName' }),
  ).toContainText(ALERT);
  await expectNothingRan(page, dialogs);
});

test('a link whose fragment is a payload shows a notice, and runs nothing', async ({ page }) => {
  const dialogs = watchDialogs(page);
  for (const payload of [IMG, SCRIPT, SVG, JS_URL, ALERT]) {
    await page.goto(`/#yaml=${payload}&kind=${payload}&policy=${payload}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByTestId('notice')).toContainText(LINK_NOT_READ);
    await expectNothingRan(page, dialogs);
  }
});

test('payloads in a link’s document and options stay text', async ({ page }) => {
  const dialogs = watchDialogs(page);
  const doc = `# ${SVG}\nenvironment:\n  labels:\n    team: ${q(IMG)}\n`;
  await openApp(page, `${fragmentFor(doc)}&kind=${encodeURIComponent(SCRIPT)}&policy=${JS_URL}`);
  await expect(control(page, 'environment.labels.team')).toHaveValue(IMG);
  await expect(page.getByTestId('policy-select')).toHaveValue('none');
  await expect.poll(() => monacoVisibleText(page)).toBe(doc);
  await expectNothingRan(page, dialogs);
});

test('the name of an opened file is shown as text', async ({ page }) => {
  const dialogs = watchDialogs(page);
  await openWithYaml(page, 'environment:\n  nodeName: a\n');
  await waitForMonaco(page);
  const name = `${ALERT}${SVG}.yaml`;
  await page.getByTestId('open-file-input').setInputFiles({
    name,
    mimeType: 'text/yaml',
    buffer: Buffer.from([0x65, 0x6e, 0x76, 0xc3, 0x28]),
  });
  await expect(page.getByTestId('notice')).toContainText(`${name}: not valid UTF-8`);
  await expectNothingRan(page, dialogs);
});
