import type { Locator, Page } from '@playwright/test';
import { openWithYaml } from './helpers/app';
import { waitForMonaco } from './helpers/editor';
import { expect, test } from './helpers/fixtures';

const ENV_PAGE = 'https://polyaxon.com/docs/core/specification/environment/';
const CLEANER_PAGE = 'https://polyaxon.com/docs/setup/auxiliaries/cleaner/';
const TAINTS_PAGE = 'https://kubernetes.io/docs/concepts/scheduling-eviction/taint-and-toleration/';

const DOC = [
  'environment:',
  '  tolerations:',
  '    - key: dedicated',
  '      operator: Equal',
  '      value: ml',
  '      effect: NoSchedule',
  '  priorityClassName: high',
  '',
].join('\n');

const panel = (page: Page, id: string): Locator => page.locator(`[data-panel="${id}"]`);

/** A link opened in a new tab without an opener, going where it says. */
async function expectDocLink(link: Locator, href: string): Promise<void> {
  await expect(link).toBeVisible();
  await expect(link).toHaveAttribute('href', href);
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', 'noreferrer');
  await expect(link).not.toHaveAttribute('data-path');
}

test('the tolerations panel links the Polyaxon and Kubernetes pages of tolerations', async ({ page }) => {
  await openWithYaml(page, DOC);
  const tolerations = panel(page, 'tolerations');
  await expectDocLink(
    tolerations.getByRole('link', { name: 'Polyaxon docs for tolerations' }),
    `${ENV_PAGE}#tolerations`,
  );
  await expectDocLink(
    tolerations.getByRole('link', { name: 'Kubernetes docs for tolerations' }),
    TAINTS_PAGE,
  );
  await expect(tolerations.getByRole('link', { name: 'Polyaxon docs for tolerations' })).toHaveText(
    'Polyaxon docs',
  );
  // Once for the panel, not once per toleration row.
  await expect(tolerations.getByRole('link')).toHaveCount(2);
  // The links sit outside the heading, so the panel keeps its name.
  await expect(page.getByRole('region', { name: 'Tolerations', exact: true })).toBeVisible();

  // A whole-field control in a panel of several fields carries its own links.
  const scheduling = panel(page, 'scheduling');
  await expectDocLink(
    scheduling.getByRole('link', { name: 'Kubernetes docs for priorityClassName' }),
    'https://kubernetes.io/docs/concepts/scheduling-eviction/pod-priority-preemption/',
  );
  await expectDocLink(
    scheduling.getByRole('link', { name: 'Polyaxon docs for hostPID' }),
    `${ENV_PAGE}#hostpid`,
  );
});

test('a cleaner links the cleaner page of Polyaxon', async ({ page }) => {
  await openWithYaml(page, 'cleaner:\n  tolerations:\n    - key: spot\n      operator: Exists\n');
  const tolerations = panel(page, 'tolerations');
  await expectDocLink(
    tolerations.getByRole('link', { name: 'Polyaxon docs for tolerations' }),
    `${CLEANER_PAGE}#tolerations`,
  );
  await expectDocLink(
    tolerations.getByRole('link', { name: 'Kubernetes docs for tolerations' }),
    TAINTS_PAGE,
  );
  await expectDocLink(
    panel(page, 'cleanerImage').getByRole('link', { name: 'Kubernetes docs for imagePullPolicy' }),
    'https://kubernetes.io/docs/concepts/containers/images/#image-pull-policy',
  );
});

test('hovering a key in the YAML pane shows its help and its documentation links', async ({ page }) => {
  await openWithYaml(page, DOC);
  const pane = await waitForMonaco(page);
  await pane.locator('.view-lines').getByText('tolerations', { exact: true }).hover();
  const hover = page.locator('.monaco-hover').filter({ hasText: 'A list of taints the pod tolerates' });
  await expect(hover).toBeVisible();
  await expect(hover).toContainText('Tolerations');
  await expect(hover.getByRole('link', { name: 'Polyaxon docs' })).toBeVisible();
  const kubernetes = hover.getByRole('link', { name: 'Kubernetes docs' });
  await expect(kubernetes).toBeVisible();
  await expect(kubernetes).toHaveAttribute('data-href', TAINTS_PAGE);

  // A nested key gets its own help and the links of its field.
  await pane.locator('.view-lines').getByText('effect', { exact: true }).hover();
  const effect = page.locator('.monaco-hover').filter({ hasText: 'The taint effect to match' });
  await expect(effect).toBeVisible();
  await expect(effect.getByRole('link', { name: 'Polyaxon docs' })).toHaveAttribute(
    'data-href',
    `${ENV_PAGE}#tolerations`,
  );
});
