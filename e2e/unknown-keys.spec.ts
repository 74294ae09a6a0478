import type { Locator, Page } from '@playwright/test';
import { openWithYaml } from './helpers/app';
import { monacoVisibleText, waitForMonaco } from './helpers/editor';
import { expect, test } from './helpers/fixtures';
import { control } from './helpers/form';

/** CSS for the form control that edits a YAML path (as `control()` finds it, relative to any element). */
const controlCss = (path: string): string => `[data-path=${JSON.stringify(path)}]:not([data-part])`;

/** CSS for a listed key at its full path. */
const keyCss = (path: string): string => `[data-other-key=${JSON.stringify(path)}]`;

/** The listed key at a full path, in the form. */
const otherKey = (page: Page, path: string): Locator =>
  page.getByTestId('section-form').locator(keyCss(path));

/** The whole entry of a kept key: the key, its value and the core's issues about it. */
const keptEntry = (page: Page, path: string): Locator =>
  page.getByTestId('section-form').locator(`[data-kept-path=${JSON.stringify(path)}]`);

/**
 * The smallest part of the form that holds both a control and a listed key: the row or object they
 * share. Elements come in document order, so the last match is the innermost.
 */
const shared = (page: Page, controlPath: string, keyPath: string): Locator =>
  page
    .getByTestId('section-form')
    .locator('li, div, fieldset, section')
    .filter({ has: page.locator(controlCss(controlPath)) })
    .filter({ has: page.locator(keyCss(keyPath)) })
    .last();

/** Checks a key is listed with its exact path, in the row of `sibling`'s control and not in a `foreign` one's. */
async function expectListedBeside(
  page: Page,
  keyPath: string,
  sibling: string,
  foreign: readonly string[],
): Promise<void> {
  const key = otherKey(page, keyPath);
  await expect(key).toHaveCount(1);
  await expect(key).toHaveText(keyPath.replace(/^.*[.\]]/, ''));
  const row = shared(page, sibling, keyPath);
  await expect(row).toHaveCount(1);
  for (const path of foreign) await expect(row.locator(controlCss(path))).toHaveCount(0);
}

const ROWS_DOC = [
  'environment:',
  '  colour: red',
  '  tolerations:',
  '    - key: gpu # the GPU pool',
  '      effect: NoExecute',
  '      tolerationseconds: 60   # wrong case',
  '    - key: spot',
  '      effect: NoSchedule',
  '  dnsConfig:',
  '    nameservers: [1.1.1.1]',
  '    searchs: [svc.local]',
  '    options:',
  '      - name: ndots',
  '        value: "2"',
  '      - name: timeout',
  '        vaule: "3"',
  '  hostAliases:',
  '    - ip: 10.0.0.1',
  '      hostNames: [db.internal]',
  '',
].join('\n');

test('keys of rows the form has no control for are listed in their row and kept on edits', async ({
  page,
}) => {
  await openWithYaml(page, ROWS_DOC);
  await waitForMonaco(page);

  // The top-level list stays where it was.
  await expect(page.locator('[data-panel="other-keys"] [data-other-key="environment.colour"]')).toHaveText(
    'colour',
  );

  const seconds = 'environment.tolerations[0].tolerationseconds';
  await expectListedBeside(page, seconds, 'environment.tolerations[0].key', [
    'environment.tolerations[1].key',
  ]);
  await expect(keptEntry(page, seconds)).toContainText('tolerationseconds: 60');
  await expect(keptEntry(page, seconds).locator('[data-code="unknown-key"]')).toHaveAttribute(
    'data-issue-path',
    seconds,
  );
  await expect(page.locator('[data-row="environment.tolerations[0]"]')).toContainText(
    'The form has no control for this key; it stays in the YAML untouched',
  );

  await expectListedBeside(
    page,
    'environment.dnsConfig.options[1].vaule',
    'environment.dnsConfig.options[1].name',
    ['environment.dnsConfig.options[0].name'],
  );
  await expect(keptEntry(page, 'environment.dnsConfig.options[1].vaule')).toContainText('vaule: 3');
  await expect(otherKey(page, 'environment.dnsConfig.searchs')).toHaveText('searchs');
  await expect(
    page.locator('[data-group="environment.dnsConfig"] [data-kept-keys="environment.dnsConfig"]'),
  ).toContainText('searchs');
  await expectListedBeside(page, 'environment.hostAliases[0].hostNames', 'environment.hostAliases[0].ip', []);
  // Exactly these, nowhere else in the form.
  await expect(page.getByTestId('section-form').locator('[data-other-key]')).toHaveCount(5);

  // Editing another field of the same row leaves the kept line byte for byte.
  await control(page, 'environment.tolerations[0].key').fill('nvidia.com/gpu');
  await expect
    .poll(() => monacoVisibleText(page))
    .toBe(ROWS_DOC.replace('    - key: gpu # the GPU pool', '    - key: nvidia.com/gpu # the GPU pool'));
  await control(page, 'environment.dnsConfig.options[1].name').fill('attempts');
  await expect.poll(() => monacoVisibleText(page)).toContain('      - name: attempts\n        vaule: "3"\n');
  await expect(otherKey(page, seconds)).toHaveCount(1);
  expect(await monacoVisibleText(page)).toContain('      tolerationseconds: 60   # wrong case\n');
});

const NESTED_DOC = [
  'environment:',
  '  affinity:',
  '    podAntiAffinity:',
  '      preferredDuringSchedulingIgnoredDuringExecution:',
  '        - weight: 50',
  '          matchLabelKeys: [pod-template-hash] # belongs in the term',
  '          podAffinityTerm:',
  '            topologyKey: kubernetes.io/hostname',
  '            matchLabelKeys: [pod-template-hash]',
  '            labelSelector:',
  '              matchLabels: {app: web}',
  '              matchExpression: []',
  '  securityContext:',
  '    runAsUser: 1000',
  '    seLinuxOptions:',
  '      level: "s0:c1"',
  '      category: c1 # not a field',
  '    capabilities:',
  '      drop: [ALL]',
  '      remove: [NET_RAW]',
  '',
].join('\n');

test('keys of affinity terms and security sub-objects are listed where they are and kept on edits', async ({
  page,
}) => {
  await openWithYaml(page, NESTED_DOC);
  await waitForMonaco(page);
  const term = 'environment.affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution[0]';

  // One level too high: listed beside the weight, not inside the term (which has the same key and edits it).
  await expectListedBeside(page, `${term}.matchLabelKeys`, `${term}.weight`, []);
  await expect(otherKey(page, `${term}.podAffinityTerm.matchLabelKeys`)).toHaveCount(0);
  await expect(keptEntry(page, `${term}.matchLabelKeys`).locator('[data-code]').first()).toHaveAttribute(
    'data-issue-path',
    `${term}.matchLabelKeys`,
  );
  await expectListedBeside(
    page,
    `${term}.podAffinityTerm.labelSelector.matchExpression`,
    `${term}.podAffinityTerm.labelSelector.matchLabels.app`,
    [`${term}.podAffinityTerm.topologyKey`],
  );

  const sc = 'environment.securityContext';
  await expect(
    page.locator(`[data-group="${sc}.seLinuxOptions"] [data-other-key="${sc}.seLinuxOptions.category"]`),
  ).toHaveText('category');
  await expectListedBeside(page, `${sc}.seLinuxOptions.category`, `${sc}.seLinuxOptions.level`, [
    `${sc}.runAsUser`,
  ]);
  await expect(
    page.locator(`[data-group="${sc}.capabilities"] [data-other-key="${sc}.capabilities.remove"]`),
  ).toHaveText('remove');
  await expect(keptEntry(page, `${sc}.capabilities.remove`)).toContainText('remove: ["NET_RAW"]');
  await expect(page.getByTestId('section-form').locator('[data-other-key]')).toHaveCount(4);

  // Edits of the weight and of the SELinux level leave the kept lines byte for byte.
  await control(page, `${term}.weight`).fill('60');
  await control(page, `${sc}.seLinuxOptions.level`).fill('s0:c2');
  await control(page, `${sc}.seLinuxOptions.level`).blur();
  await expect
    .poll(() => monacoVisibleText(page))
    .toBe(NESTED_DOC.replace('- weight: 50', '- weight: 60').replace('level: "s0:c1"', 'level: "s0:c2"'));
});

const CLEANER_DOC = [
  'cleaner:',
  '  resources:',
  '    limits:',
  '      nvidia.com/gpu: 1',
  '      memory: 1Gi',
  '    claims:',
  '      - name: gpu # dynamic claim',
  '',
].join('\n');

test('the cleaner lists resources.claims, which the form has no control for, and no resource name', async ({
  page,
}) => {
  await openWithYaml(page, CLEANER_DOC, { kind: 'cleaner' });
  await waitForMonaco(page);
  const claims = 'cleaner.resources.claims';
  await expect(page.locator(`[data-panel="resources"] [data-other-key="${claims}"]`)).toHaveText('claims');
  await expect(keptEntry(page, claims)).toContainText('the form has no control for claims');
  await expect(page.getByTestId('section-form').locator('[data-other-key]')).toHaveCount(1);

  await control(page, 'cleaner.resources.limits.memory').fill('2Gi');
  await expect.poll(() => monacoVisibleText(page)).toBe(CLEANER_DOC.replace('memory: 1Gi', 'memory: 2Gi'));
});
