import { openWithYaml } from './helpers/app';
import { monacoVisibleText, waitForMonaco } from './helpers/editor';
import { expect, test } from './helpers/fixtures';
import { control } from './helpers/form';

const DEPLOYMENT = [
  'apiVersion: apps/v1',
  'kind: Deployment',
  'metadata:',
  '  name: scorer',
  'spec:',
  '  selector:',
  '    matchLabels: {app: scorer}',
  '  template:',
  '    metadata:',
  '      labels: {app: scorer}',
  '    spec:',
  '      nodeSelector: {kubernetes.io/arch: arm64}',
  '      imagePullSecrets: [{name: private-registry}]',
  '      securityContext: {runAsNonRoot: true, fsGroup: 100}',
  '      containers:',
  '        - {name: scorer, image: scorer:2}',
  '',
].join('\n');

test('a Kubernetes Deployment is imported as an environment, with what was left out', async ({ page }) => {
  await openWithYaml(page, DEPLOYMENT);
  await waitForMonaco(page);
  await expect(page.getByTestId('detected')).toHaveAttribute('data-format', 'manifest');
  await page.getByTestId('import-manifest').click();
  const dialog = page.getByTestId('import-dialog');
  await expect(dialog.getByTestId('import-left-out')).toContainText('fsGroup');
  await expect(dialog.getByTestId('import-left-out')).toContainText('containers');
  await expect(dialog.getByTestId('import-preview')).toContainText('- private-registry');
  await dialog.getByTestId('import-apply').click();
  await expect.poll(() => monacoVisibleText(page)).toContain('environment:\n  labels:\n    app: scorer\n');
  await expect(control(page, 'environment.nodeSelector["kubernetes.io/arch"]')).toHaveValue('arm64');
  await expect(control(page, 'environment.imagePullSecrets[0]')).toHaveValue('private-registry');
  // The import is one undo step.
  await page.locator('[data-testid="monaco-pane"] .view-lines').click();
  await page.keyboard.press('ControlOrMeta+Z');
  await expect.poll(() => monacoVisibleText(page)).toContain('kind: Deployment');
});

test('in a file of several manifests, the one to import is chosen', async ({ page }) => {
  const job = [
    'apiVersion: batch/v1',
    'kind: Job',
    'metadata:',
    '  name: nightly-eval',
    'spec:',
    '  template:',
    '    spec:',
    '      restartPolicy: OnFailure',
    '      priorityClassName: batch-low',
    '      containers:',
    '        - {name: eval, image: eval:1}',
    '',
  ].join('\n');
  await openWithYaml(page, `${DEPLOYMENT}---\n${job}`);
  await waitForMonaco(page);
  const choice = page.getByTestId('import-manifest-choice');
  await expect(choice.locator('option')).toHaveCount(2);
  await choice.selectOption({ index: 1 });
  await page.getByTestId('import-manifest').click();
  const preview = page.getByTestId('import-dialog').getByTestId('import-preview');
  await expect(preview).toContainText('priorityClassName: batch-low');
  await expect(preview).not.toContainText('private-registry');
});

test('a file opened from disk becomes the document; a binary one is refused', async ({ page }) => {
  await openWithYaml(page, 'environment:\n  nodeName: a\n');
  await waitForMonaco(page);
  const input = page.getByTestId('open-file-input');
  await input.setInputFiles({
    name: 'cleaner.yaml',
    mimeType: 'text/yaml',
    buffer: Buffer.from('cleaner:\n  imageTag: v2\n'),
  });
  await expect.poll(() => monacoVisibleText(page)).toBe('cleaner:\n  imageTag: v2\n');
  await expect(control(page, 'cleaner.imageTag')).toHaveValue('v2');
  await input.setInputFiles({
    name: 'junk.bin',
    mimeType: 'application/octet-stream',
    buffer: Buffer.from([0xff, 0xfe, 0x00, 0x41]),
  });
  await expect(page.getByTestId('notice')).toContainText('junk.bin');
  expect(await monacoVisibleText(page)).toBe('cleaner:\n  imageTag: v2\n');
});

test('text pasted outside the inputs becomes the document', async ({ page }) => {
  await openWithYaml(page, 'environment:\n  nodeName: a\n');
  await waitForMonaco(page);
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.setData('text/plain', 'environment:\n  hostPID: true\n');
    document.body.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  });
  await expect.poll(() => monacoVisibleText(page)).toBe('environment:\n  hostPID: true\n');
});
