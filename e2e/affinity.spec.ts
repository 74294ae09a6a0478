import type { Page } from '@playwright/test';
import { openWithYaml } from './helpers/app';
import { monacoVisibleText, waitForMonaco } from './helpers/editor';
import { expect, test } from './helpers/fixtures';
import { control } from './helpers/form';
import { expectProblem } from './helpers/problems';

const NODE = 'environment.affinity.nodeAffinity';
const REQUIRED_TERMS = `${NODE}.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms`;
const PREFERRED = `${NODE}.preferredDuringSchedulingIgnoredDuringExecution`;
const ANTI_PREFERRED = 'environment.affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution';

function summary(page: Page) {
  return page.locator('[data-panel="affinity"]').getByTestId('affinity-summary');
}

function panel(page: Page) {
  return page.locator('[data-panel="affinity"]');
}

/** The issues shown under the control that edits `path`. */
function issuesNextTo(page: Page, path: string, part?: string) {
  return control(page, path, part).locator('xpath=ancestor::div[1]').getByTestId('field-issues');
}

test('a node affinity is built from an empty environment through the form', async ({ page }) => {
  const start = '# the run environment\nenvironment: {}\n';
  await openWithYaml(page, start);
  await waitForMonaco(page);
  await expect(summary(page)).toHaveText(
    'No affinity rules: the pods may run on any node the other settings allow.',
  );

  await control(page, REQUIRED_TERMS, 'new-key').fill('topology.kubernetes.io/zone');
  await control(page, REQUIRED_TERMS, 'new-values').fill('a, b');
  await control(page, REQUIRED_TERMS, 'add').click();
  await expect
    .poll(() => monacoVisibleText(page))
    .toBe(
      [
        '# the run environment',
        'environment:',
        '  affinity:',
        '    nodeAffinity:',
        '      requiredDuringSchedulingIgnoredDuringExecution:',
        '        nodeSelectorTerms:',
        '          - matchExpressions:',
        '              - key: topology.kubernetes.io/zone',
        '                operator: In',
        '                values:',
        '                  - a',
        '                  - b',
        '',
      ].join('\n'),
    );
  const expr = `${REQUIRED_TERMS}[0].matchExpressions[0]`;
  await expect(control(page, `${expr}.key`)).toHaveValue('topology.kubernetes.io/zone');
  await expect(control(page, `${expr}.operator`)).toHaveValue('In');
  await expect(control(page, `${expr}.values[1]`)).toHaveValue('b');
  await expect(summary(page)).toHaveText('must run on nodes in zone a or b');

  await control(page, PREFERRED, 'new-key').fill('nvidia.com/gpu.present');
  await control(page, PREFERRED, 'new-operator').selectOption('Exists');
  await expect(control(page, PREFERRED, 'new-values')).toBeDisabled();
  await control(page, PREFERRED, 'new-weight').fill('80');
  await control(page, PREFERRED, 'add').click();
  await expect(control(page, `${PREFERRED}[0].weight`)).toHaveValue('80');
  await expect(summary(page).locator('li')).toHaveText([
    'must run on nodes in zone a or b',
    'prefers (weight 80) nodes with a nvidia.com/gpu.present label',
  ]);

  // Another operator reshapes the values; Exists has none.
  await control(page, `${expr}.operator`).selectOption('NotIn');
  await expect(summary(page).locator('li').first()).toHaveText('must run on nodes outside zone a or b');
  await control(page, `${expr}.operator`).selectOption('Exists');
  await expect(control(page, `${expr}.values`)).toBeDisabled();
  await expect(summary(page).locator('li').first()).toHaveText(
    'must run on nodes with a topology.kubernetes.io/zone label',
  );
  await expect
    .poll(() => monacoVisibleText(page))
    .toBe(
      [
        '# the run environment',
        'environment:',
        '  affinity:',
        '    nodeAffinity:',
        '      requiredDuringSchedulingIgnoredDuringExecution:',
        '        nodeSelectorTerms:',
        '          - matchExpressions:',
        '              - key: topology.kubernetes.io/zone',
        '                operator: Exists',
        '      preferredDuringSchedulingIgnoredDuringExecution:',
        '        - weight: 80',
        '          preference:',
        '            matchExpressions:',
        '              - key: nvidia.com/gpu.present',
        '                operator: Exists',
        '',
      ].join('\n'),
    );

  // Gt takes exactly one whole number, written as a string.
  await control(page, `${expr}.operator`).selectOption('Gt');
  await control(page, `${expr}.values`).fill('8');
  await expect
    .poll(() => monacoVisibleText(page))
    .toContain('operator: Gt\n                values:\n                  - "8"\n');
  await expect(summary(page).locator('li').first()).toHaveText(
    'must run on nodes with topology.kubernetes.io/zone above 8',
  );
});

const ANTI = [
  '# team defaults',
  'environment:',
  '  labels:',
  '    app: trainer   # who we are',
  '  affinity:',
  '    # spread the replicas',
  '    podAntiAffinity:',
  '      preferredDuringSchedulingIgnoredDuringExecution:',
  '        - weight: 50   # soft',
  '          podAffinityTerm:',
  '            labelSelector:',
  '              matchLabels: {app: trainer}',
  '            topologyKey: kubernetes.io/hostname',
  '',
  '  restartPolicy: Never # the end',
  '',
].join('\n');

test('editing a pod anti-affinity keeps every other byte of the document', async ({ page }) => {
  await openWithYaml(page, ANTI);
  await waitForMonaco(page);
  const term = `${ANTI_PREFERRED}[0].podAffinityTerm`;
  await expect(summary(page)).toHaveText(
    'prefers (weight 50) to avoid nodes that already run pods with app=trainer (per kubernetes.io/hostname)',
  );
  await expect(control(page, `${term}.labelSelector.matchLabels.app`)).toHaveValue('trainer');

  await control(page, `${ANTI_PREFERRED}[0].weight`).fill('100');
  await control(page, `${term}.topologyKey`).fill('topology.kubernetes.io/zone');
  await expect
    .poll(() => monacoVisibleText(page))
    .toBe(
      ANTI.replace('weight: 50   # soft', 'weight: 100   # soft').replace(
        'topologyKey: kubernetes.io/hostname',
        'topologyKey: topology.kubernetes.io/zone',
      ),
    );
  await expect(summary(page)).toHaveText(
    'prefers (weight 100) to avoid nodes that already run pods with app=trainer (per topology.kubernetes.io/zone)',
  );

  // Removing the only term removes the parents it leaves empty, and nothing else.
  await panel(page).getByRole('button', { name: 'Remove preferred anti-affinity term 1' }).click();
  await expect
    .poll(() => monacoVisibleText(page))
    .toBe(
      [
        '# team defaults',
        'environment:',
        '  labels:',
        '    app: trainer   # who we are',
        '',
        '  restartPolicy: Never # the end',
        '',
      ].join('\n'),
    );
  await expect(summary(page)).toHaveText(/^No affinity rules/);
});

test('a required anti-affinity term is added with its label selector and topology key', async ({ page }) => {
  await openWithYaml(page, 'environment:\n  restartPolicy: Never # keep\n');
  await waitForMonaco(page);
  const list = 'environment.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution';
  await control(page, list, 'new-selector').fill('app=trainer');
  await control(page, list, 'new-topology-key').fill('kubernetes.io/hostname');
  await panel(page).getByRole('button', { name: 'Add required anti-affinity term' }).click();
  await expect
    .poll(() => monacoVisibleText(page))
    .toBe(
      [
        'environment:',
        '  restartPolicy: Never # keep',
        '  affinity:',
        '    podAntiAffinity:',
        '      requiredDuringSchedulingIgnoredDuringExecution:',
        '        - labelSelector:',
        '            matchLabels:',
        '              app: trainer',
        '          topologyKey: kubernetes.io/hostname',
        '',
      ].join('\n'),
    );
  await expect(summary(page)).toHaveText(
    'avoids nodes that already run pods with app=trainer (per kubernetes.io/hostname)',
  );
  await control(page, `${list}[0].namespaces`, 'new-item').fill('team-a');
  await panel(page)
    .locator(`[data-list="${list}[0].namespaces"]`)
    .getByRole('button', { name: 'Add' })
    .click();
  await expect(summary(page)).toHaveText(
    'avoids nodes that already run pods with app=trainer in namespace team-a (per kubernetes.io/hostname)',
  );
  await expect(control(page, `${list}[0].namespaces[0]`)).toHaveValue('team-a');
});

const WRONG = [
  'environment:',
  '  affinity:',
  '    nodeAffinity:',
  '      preferredDuringSchedulingIgnoredDuringExecution:',
  '        - weight: 0 # too light',
  '          preference:',
  '            matchExpressions:',
  '              - key: gpu',
  '                operator: Exists',
  '                values: [ssd]',
  '',
].join('\n');

test("the core's issues show next to the control they concern", async ({ page }) => {
  await openWithYaml(page, WRONG);
  await waitForMonaco(page);
  const weight = `${PREFERRED}[0].weight`;
  const values = `${PREFERRED}[0].preference.matchExpressions[0].values`;
  await expectProblem(page, { code: 'weight-out-of-range', path: weight });
  await expectProblem(page, { code: 'selector-values-forbidden', path: values });
  await expect(issuesNextTo(page, weight).locator('[data-code="weight-out-of-range"]')).toHaveCount(1);
  await expect(panel(page).locator(`[data-values="${values}"]`).getByTestId('field-issues')).toContainText(
    'values must be empty',
  );
  await expect(control(page, `${values}[0]`)).toHaveValue('ssd');

  await control(page, weight).fill('101');
  await expect.poll(() => monacoVisibleText(page)).toContain('- weight: 101 # too light');
  await expect(issuesNextTo(page, weight).locator('[data-code="weight-out-of-range"]')).toHaveCount(1);
  await control(page, weight).fill('20');
  await expect(issuesNextTo(page, weight)).toHaveCount(0);

  await control(page, values, 'remove-values').click();
  await expect
    .poll(() => monacoVisibleText(page))
    .toBe(
      WRONG.replace('weight: 0 # too light', 'weight: 20 # too light').replace(
        '                values: [ssd]\n',
        '',
      ),
    );
  await expect(page.getByTestId('problems').locator('> li[data-severity="error"]')).toHaveCount(0);
  await expect(control(page, values)).toBeDisabled();
});

test('removing the last requirement removes the parents it leaves empty', async ({ page }) => {
  const doc = [
    'environment:',
    '  affinity:',
    '    nodeAffinity:',
    '      requiredDuringSchedulingIgnoredDuringExecution:',
    '        nodeSelectorTerms:',
    '          - matchExpressions:',
    '              - {key: disktype, operator: In, values: [ssd]}',
    '  restartPolicy: Never',
    '',
  ].join('\n');
  await openWithYaml(page, doc);
  await waitForMonaco(page);
  await expect(summary(page)).toHaveText('must run on nodes with disktype=ssd');
  await panel(page).getByRole('button', { name: 'Remove node label requirement 1', exact: true }).click();
  await expect.poll(() => monacoVisibleText(page)).toBe('environment:\n  restartPolicy: Never\n');
});

test('the cleaner edits its own affinity with the same panel', async ({ page }) => {
  const doc = [
    'cleaner:',
    '  image: polyaxon/polyaxon-init',
    '  affinity:',
    '    nodeAffinity:',
    '      requiredDuringSchedulingIgnoredDuringExecution:',
    '        nodeSelectorTerms:',
    '          - matchFields:',
    '              - key: metadata.name',
    '                operator: In',
    '                values: [node-1]',
    '',
  ].join('\n');
  await openWithYaml(page, doc, { kind: 'cleaner' });
  await waitForMonaco(page);
  const field =
    'cleaner.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchFields[0]';
  await expect(control(page, `${field}.operator`)).toHaveValue('In');
  await expect(summary(page)).toHaveText('must run on nodes named node-1');
  await control(page, `${field}.values[0]`).fill('node-2');
  await expect.poll(() => monacoVisibleText(page)).toContain('                values: [node-2]\n');
  await expect(summary(page)).toHaveText('must run on nodes named node-2');
});
