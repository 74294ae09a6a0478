import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { openApp, openWithYaml } from './helpers/app';
import { waitForMonaco } from './helpers/editor';
import { expect, test } from './helpers/fixtures';
import { problemItem } from './helpers/problems';

/** Every environment panel filled in, with errors, warnings and fixable problems among them. */
const FULL_ENVIRONMENT = `# every panel, some of it wrong
environment:
  labels:
    team: research
    "bad key!": x
  annotations:
    example.com/owner: ml-platform
  nodeSelector:
    disktype: ssd
  affinity:
    nodeAffinity:
      requiredDuringSchedulingIgnoredDuringExecution:
        nodeSelectorTerms:
          - matchExpressions:
              - key: zone
                operator: In
                values: [zone-a, zone-b]
    podAntiAffinity:
      preferredDuringSchedulingIgnoredDuringExecution:
        - weight: 50
          podAffinityTerm:
            topologyKey: kubernetes.io/hostname
            labelSelector:
              matchLabels: {app: trainer}
  tolerations:
    - key: gpu
      operator: Exists
      value: x
      effect: noschedule
  nodeName: node-1
  serviceAccountName: runner
  schedulerName: custom-scheduler
  priorityClassName: high
  priority: 10
  restartPolicy: never
  hostNetwork: on
  hostPID: false
  securityContext:
    runAsUser: 0
    runAsNonRoot: false
    fsGroup: 2000
  dnsPolicy: None
  dnsConfig:
    nameservers: [10.0.0.10]
    searches: [svc.cluster.local]
    options:
      - name: ndots
        value: "2"
  hostAliases:
    - ip: 10.0.0.1
      hostnames: [db.local]
  imagePullSecrets: [{name: regcred}]
`;

const CLEANER = `cleaner:
  image: polyaxon/polyaxon-init
  imageTag: v2
  imagePullPolicy: Always
  resources:
    limits:
      cpu: 500m
      memory: 512MB
    requests:
      memory: 1Gi
  hpa:
    enabled: true
  nodeSelector:
    pool: cleaners
  tolerations:
    - key: dedicated
      operator: Equal
      value: cleaner
      effect: NoSchedule
  imagePullSecrets: [regcred]
`;

// axe checks every element of the page, Monaco's included; on a busy two-core machine that takes a while.
test.describe.configure({ timeout: 180_000 });

interface Finding {
  readonly id: string;
  readonly impact: string;
  readonly help: string;
  readonly targets: string[];
}

/** Runs axe on the whole page (Monaco included) and returns its serious and critical findings. */
async function seriousViolations(page: Page): Promise<Finding[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact ?? '',
      help: v.help,
      targets: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`.replace(/\s+/g, ' ')),
    }));
}

/** One readable line per violation and node, for the failure message. */
function describe(findings: readonly Finding[]): string {
  return findings
    .map((f) => `${f.impact} ${f.id} (${f.help})\n${f.targets.map((t) => `    ${t}`).join('\n')}`)
    .join('\n');
}

async function expectNoSeriousViolations(page: Page): Promise<void> {
  const findings = await seriousViolations(page);
  expect(findings, describe(findings)).toEqual([]);
}

test('the example document has no serious or critical axe violation', async ({ page }) => {
  await openApp(page);
  await waitForMonaco(page);
  await expectNoSeriousViolations(page);
});

test('a filled-in environment with errors and Fix buttons has none either', async ({ page }) => {
  await openWithYaml(page, FULL_ENVIRONMENT);
  await waitForMonaco(page);
  // The page really shows what is being checked: field issues, Fix buttons, the problems list.
  await expect(
    problemItem(page, { code: 'invalid-enum', path: 'environment.restartPolicy', severity: 'error' }),
  ).toHaveCount(1);
  await expect(page.getByTestId('section-form').getByTestId('field-fix').first()).toBeVisible();
  await expect(page.getByTestId('problems').getByTestId('fix').first()).toBeVisible();
  await expectNoSeriousViolations(page);
});

test('a cleaner document has none', async ({ page }) => {
  await openWithYaml(page, CLEANER, { kind: 'cleaner' });
  await waitForMonaco(page);
  await expect(page.locator('[data-panel="hpa"]')).toBeVisible();
  await expectNoSeriousViolations(page);
});

test('the keyboard shortcuts dialog has none', async ({ page }) => {
  await openApp(page);
  await waitForMonaco(page);
  await page.getByTestId('shortcuts-open').click();
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await expectNoSeriousViolations(page);
});

test('dark mode has none, with errors shown', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openWithYaml(page, FULL_ENVIRONMENT);
  await waitForMonaco(page);
  await expect(page.locator('[data-testid="monaco-pane"] .monaco-editor.vs-dark')).toBeVisible();
  await expectNoSeriousViolations(page);
});
