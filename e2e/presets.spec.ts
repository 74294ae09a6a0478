import type { Page } from '@playwright/test';
import { openWithYaml } from './helpers/app';
import { monacoPane, monacoVisibleText, waitForMonaco } from './helpers/editor';
import { expect, test } from './helpers/fixtures';
import { control } from './helpers/form';

const ANTI = 'environment.affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution[0]';
const POD = 'environment.affinity.podAffinity.preferredDuringSchedulingIgnoredDuringExecution[0]';

interface Case {
  readonly id: string;
  readonly title: string;
  /** The whole document after applying the preset to an empty one. */
  readonly yaml: readonly string[];
  /** Form controls that must show the added values: [data-path, value]. */
  readonly shown: readonly (readonly [string, string])[];
}

const ENVIRONMENT_CASES: readonly Case[] = [
  {
    id: 'gpu-node-pool',
    title: 'GPU node pool',
    yaml: [
      'environment:',
      '  nodeSelector:',
      '    nvidia.com/gpu.present: "true"',
      '  tolerations:',
      '    - key: nvidia.com/gpu',
      '      operator: Exists',
      '      effect: NoSchedule',
    ],
    shown: [
      ['environment.tolerations[0].key', 'nvidia.com/gpu'],
      ['environment.tolerations[0].effect', 'NoSchedule'],
      ['environment.nodeSelector["nvidia.com/gpu.present"]', 'true'],
    ],
  },
  {
    id: 'spot-gke',
    title: 'Spot VMs (GKE)',
    yaml: [
      'environment:',
      '  nodeSelector:',
      '    cloud.google.com/gke-spot: "true"',
      '  tolerations:',
      '    - key: cloud.google.com/gke-spot',
      '      operator: Equal',
      '      value: "true"',
      '      effect: NoSchedule',
    ],
    shown: [
      ['environment.tolerations[0].key', 'cloud.google.com/gke-spot'],
      ['environment.tolerations[0].value', 'true'],
      ['environment.nodeSelector["cloud.google.com/gke-spot"]', 'true'],
    ],
  },
  {
    id: 'spot-aks',
    title: 'Spot nodes (AKS)',
    yaml: [
      'environment:',
      '  nodeSelector:',
      '    kubernetes.azure.com/scalesetpriority: spot',
      '  tolerations:',
      '    - key: kubernetes.azure.com/scalesetpriority',
      '      operator: Equal',
      '      value: spot',
      '      effect: NoSchedule',
    ],
    shown: [
      ['environment.tolerations[0].key', 'kubernetes.azure.com/scalesetpriority'],
      ['environment.nodeSelector["kubernetes.azure.com/scalesetpriority"]', 'spot'],
    ],
  },
  {
    id: 'spot-eks',
    title: 'Spot capacity (EKS)',
    yaml: ['environment:', '  nodeSelector:', '    eks.amazonaws.com/capacityType: SPOT'],
    shown: [['environment.nodeSelector["eks.amazonaws.com/capacityType"]', 'SPOT']],
  },
  {
    id: 'dedicated-nodes',
    title: 'Dedicated nodes (by taint)',
    yaml: [
      'environment:',
      '  nodeSelector:',
      '    dedicated: my-team',
      '  tolerations:',
      '    - key: dedicated',
      '      operator: Equal',
      '      value: my-team',
      '      effect: NoSchedule',
    ],
    shown: [
      ['environment.tolerations[0].key', 'dedicated'],
      ['environment.tolerations[0].value', 'my-team'],
      ['environment.nodeSelector.dedicated', 'my-team'],
    ],
  },
  ...(['nodes', 'zones'] as const).map((where): Case => ({
    id: `spread-${where}`,
    title: `Spread replicas across ${where}`,
    yaml: [
      'environment:',
      '  labels:',
      '    app: my-app',
      '  affinity:',
      '    podAntiAffinity:',
      '      preferredDuringSchedulingIgnoredDuringExecution:',
      '        - weight: 100',
      '          podAffinityTerm:',
      '            labelSelector:',
      '              matchLabels:',
      '                app: my-app',
      `            topologyKey: ${where === 'nodes' ? 'kubernetes.io/hostname' : 'topology.kubernetes.io/zone'}`,
    ],
    shown: [
      ['environment.labels.app', 'my-app'],
      [`${ANTI}.weight`, '100'],
      [`${ANTI}.podAffinityTerm.labelSelector.matchLabels.app`, 'my-app'],
      [
        `${ANTI}.podAffinityTerm.topologyKey`,
        where === 'nodes' ? 'kubernetes.io/hostname' : 'topology.kubernetes.io/zone',
      ],
    ],
  })),
  {
    id: 'colocate-service',
    title: 'Co-locate with a service',
    yaml: [
      'environment:',
      '  affinity:',
      '    podAffinity:',
      '      preferredDuringSchedulingIgnoredDuringExecution:',
      '        - weight: 100',
      '          podAffinityTerm:',
      '            labelSelector:',
      '              matchLabels:',
      '                app: my-service',
      '            topologyKey: kubernetes.io/hostname',
    ],
    shown: [
      [`${POD}.podAffinityTerm.labelSelector.matchLabels.app`, 'my-service'],
      [`${POD}.podAffinityTerm.topologyKey`, 'kubernetes.io/hostname'],
    ],
  },
  {
    id: 'non-root-restricted',
    title: 'Non-root, hardened (restricted)',
    yaml: [
      'environment:',
      '  securityContext:',
      '    runAsNonRoot: true',
      '    runAsUser: 1000',
      '    runAsGroup: 1000',
      '    seccompProfile:',
      '      type: RuntimeDefault',
    ],
    shown: [
      ['environment.securityContext.runAsNonRoot', 'boolean:true'],
      ['environment.securityContext.runAsUser', '1000'],
      ['environment.securityContext.seccompProfile.type', 'string:RuntimeDefault'],
    ],
  },
  {
    id: 'custom-dns',
    title: 'Custom DNS',
    yaml: [
      'environment:',
      '  dnsPolicy: None',
      '  dnsConfig:',
      '    nameservers:',
      '      - 192.0.2.53',
      '    searches:',
      '      - my-namespace.svc.cluster.local',
      '      - svc.cluster.local',
      '      - cluster.local',
      '    options:',
      '      - name: ndots',
      '        value: "2"',
    ],
    shown: [
      ['environment.dnsConfig.nameservers[0]', '192.0.2.53'],
      ['environment.dnsConfig.searches[2]', 'cluster.local'],
      ['environment.dnsConfig.options[0].value', '2'],
    ],
  },
  {
    id: 'private-registry',
    title: 'Private registry secret',
    yaml: ['environment:', '  imagePullSecrets:', '    - my-registry-secret'],
    shown: [['environment.imagePullSecrets[0]', 'my-registry-secret']],
  },
];

const doc = (lines: readonly string[]): string => [...lines, ''].join('\n');
const menu = (page: Page) => page.getByTestId('presets-menu');
const item = (page: Page, id: string) => menu(page).locator(`[data-preset-id="${id}"]`);
const status = (page: Page) => page.getByTestId('presets-status');

async function undoInMonaco(page: Page): Promise<void> {
  await monacoPane(page).locator('.view-lines').click();
  await page.keyboard.press('ControlOrMeta+Z');
}

for (const c of ENVIRONMENT_CASES) {
  test(`preset ${c.id} on an empty document writes its block and the form shows it`, async ({ page }) => {
    await openWithYaml(page, '');
    await waitForMonaco(page);
    await page.getByTestId('presets-open').click();
    await expect(item(page, c.id)).toContainText(c.title);
    await item(page, c.id).click();
    await expect(menu(page)).toHaveCount(0);
    await expect.poll(() => monacoVisibleText(page)).toBe(doc(c.yaml));
    for (const [path, value] of c.shown) await expect(control(page, path)).toHaveValue(value);
    await expect(status(page)).toHaveText(`Added “${c.title}”.`);
    await expect(page.getByTestId('problems').locator('> li[data-severity="error"]')).toHaveCount(0);
  });
}

const FULL = doc([
  '# Training job',
  'version: 1.1',
  'kind: component',
  'run:',
  '  kind: job',
  '  environment:',
  '    # DNS set by the platform team',
  '    dnsPolicy: ClusterFirst   # keep',
  '    nodeSelector:',
  '      disktype: ssd',
  '',
  '    tolerations:',
  '      - key: nvidia.com/gpu # tolerated already',
  '        operator: Exists',
  '        effect: NoSchedule',
  '  container:',
  '    image: busybox # the image',
]);

test.describe('on a full document', () => {
  // Tall enough for Monaco to show the whole document.
  test.use({ viewport: { width: 1280, height: 1400 } });

  /** Whether every line of `before` is still in `after`, in the same order (nothing replaced). */
  const keepsEveryLine = (before: string, after: string): boolean => {
    const lines = after.split('\n');
    let at = 0;
    return before.split('\n').every((line) => {
      while (at < lines.length && lines[at] !== line) at++;
      return at++ < lines.length;
    });
  };

  for (const c of ENVIRONMENT_CASES) {
    test(`preset ${c.id} adds to a full document without replacing a line or adding an error`, async ({
      page,
    }) => {
      await openWithYaml(page, FULL);
      await waitForMonaco(page);
      await page.getByTestId('presets-open').click();
      await item(page, c.id).click();
      await expect(status(page)).toContainText(c.title);
      await expect.poll(async () => keepsEveryLine(FULL, await monacoVisibleText(page))).toBe(true);
      await expect.poll(() => monacoVisibleText(page)).not.toBe(FULL);
      await expect(page.getByTestId('problems').locator('> li[data-severity="error"]')).toHaveCount(0);
    });
  }

  test('a preset merges into a full commented document: comments kept, values not replaced', async ({
    page,
  }) => {
    await openWithYaml(page, FULL);
    await waitForMonaco(page);
    await page.getByTestId('presets-open').click();
    await item(page, 'custom-dns').click();
    const withDns = FULL.replace(
      '        effect: NoSchedule\n',
      [
        '        effect: NoSchedule',
        '    dnsConfig:',
        '      nameservers:',
        '        - 192.0.2.53',
        '      searches:',
        '        - my-namespace.svc.cluster.local',
        '        - svc.cluster.local',
        '        - cluster.local',
        '      options:',
        '        - name: ndots',
        '          value: "2"',
        '',
      ].join('\n'),
    );
    await expect.poll(() => monacoVisibleText(page)).toBe(withDns);
    await expect(status(page)).toHaveText(
      'Added “Custom DNS”; kept your dnsPolicy: ClusterFirst (the preset has None).',
    );
    await expect(control(page, 'run.environment.dnsPolicy')).toHaveValue('string:ClusterFirst');
    await expect(control(page, 'run.environment.dnsConfig.nameservers[0]')).toHaveValue('192.0.2.53');

    // The GPU toleration is there already: only the node selector key is added.
    await page.getByTestId('presets-open').click();
    await item(page, 'gpu-node-pool').click();
    await expect
      .poll(() => monacoVisibleText(page))
      .toBe(
        withDns.replace(
          '      disktype: ssd\n',
          '      disktype: ssd\n      nvidia.com/gpu.present: "true"\n',
        ),
      );
    await expect(control(page, 'run.environment.tolerations[1].key')).toHaveCount(0);
    await expect(status(page)).toHaveText('Added “GPU node pool”.');

    // Applying it again changes nothing and says so.
    await page.getByTestId('presets-open').click();
    await item(page, 'gpu-node-pool').click();
    await expect(status(page)).toHaveText(
      'Nothing to add: everything "GPU node pool" adds is already there.',
    );
  });
});

test('one undo in Monaco removes the whole preset', async ({ page }) => {
  const start = doc(['environment:', '  nodeName: node-1 # pinned']);
  await openWithYaml(page, start);
  await waitForMonaco(page);
  await page.getByTestId('presets-open').click();
  await item(page, 'spot-gke').click();
  await expect.poll(() => monacoVisibleText(page)).toContain('      value: "true"\n');
  await expect(control(page, 'environment.tolerations[0].key')).toHaveValue('cloud.google.com/gke-spot');
  await undoInMonaco(page);
  await expect.poll(() => monacoVisibleText(page)).toBe(start);
  await expect(control(page, 'environment.tolerations[0].key')).toHaveCount(0);
});

test('a cleaner preset on a cleaner document; the menu lists only cleaner presets', async ({ page }) => {
  const start = doc(['# Helm values', 'cleaner:', '  image: polyaxon/polyaxon-init # pinned']);
  await openWithYaml(page, start);
  await waitForMonaco(page);
  await page.getByTestId('presets-open').click();
  await expect(menu(page).getByRole('menuitem')).toHaveText([/^Small footprint/, /^Run on system nodes/]);
  await item(page, 'cleaner-small').click();
  await expect
    .poll(() => monacoVisibleText(page))
    .toBe(
      doc([
        '# Helm values',
        'cleaner:',
        '  image: polyaxon/polyaxon-init # pinned',
        '  resources:',
        '    requests:',
        '      cpu: 50m',
        '      memory: 64Mi',
        '    limits:',
        '      cpu: 250m',
        '      memory: 256Mi',
      ]),
    );
  await expect(control(page, 'cleaner.resources.requests.memory')).toHaveValue('64Mi');
  await expect(control(page, 'cleaner.resources.limits.cpu')).toHaveValue('250m');
});

test('the menu works from the keyboard and gives focus back', async ({ page }) => {
  await openWithYaml(page, '');
  await waitForMonaco(page);
  const open = page.getByTestId('presets-open');
  await open.focus();
  await page.keyboard.press('Enter');
  await expect(open).toHaveAttribute('aria-expanded', 'true');
  await expect(item(page, 'gpu-node-pool')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(item(page, 'spot-gke')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu(page)).toHaveCount(0);
  await expect(open).toBeFocused();

  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowUp');
  await expect(item(page, 'private-registry')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(menu(page)).toHaveCount(0);
  await expect(open).toBeFocused();
  await expect.poll(() => monacoVisibleText(page)).toBe(doc(ENVIRONMENT_CASES.at(-1)?.yaml ?? []));
});

test('the button is disabled, with the reason, for a Kubernetes manifest', async ({ page }) => {
  await openWithYaml(page, 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\nspec:\n  containers: []\n');
  const open = page.getByTestId('presets-open');
  await expect(open).toBeDisabled();
  await expect(open).toHaveAttribute('title', /Kubernetes manifest/);
});

test('the button is disabled, with the reason, while the YAML does not parse', async ({ page }) => {
  await openWithYaml(page, 'environment:\n  nodeName: [a\n');
  const open = page.getByTestId('presets-open');
  await expect(open).toBeDisabled();
  await expect(open).toHaveAttribute('title', /does not parse/);
});
