import type { ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { CLEANER_FIELD_NAMES, ENVIRONMENT_FIELD_NAMES, form } from '../../src/index';
import { CleanerPanels } from './CleanerPanels';
import { EnvironmentPanels } from './EnvironmentPanels';
import { narrowForm } from '../form/narrowForm';
import type { FormApi } from '../form/FormContext';
import { SECURITY_FIELDS } from './panelScopes';

/** Every environment field set, several of them to what the Pod Security Standards reject. */
const EVERYTHING: Record<string, unknown> = {
  labels: { team: 'ml' },
  annotations: { 'container.apparmor.security.beta.kubernetes.io/main': 'unconfined' },
  nodeSelector: { pool: 'gpu' },
  affinity: { nodeAffinity: {} },
  tolerations: [{ key: 'gpu', operator: 'Exists' }],
  nodeName: 'n1',
  serviceAccountName: 'sa',
  hostAliases: [{ ip: '10.0.0.1', hostnames: ['a'] }],
  securityContext: {
    runAsUser: 0,
    seLinuxOptions: { type: 'spc_t' },
    seccompProfile: { type: 'Unconfined' },
  },
  imagePullSecrets: ['reg'],
  hostNetwork: true,
  hostPID: true,
  dnsPolicy: 'Default',
  dnsConfig: { nameservers: ['1.1.1.1'] },
  schedulerName: 's',
  priorityClassName: 'p',
  priority: 1,
  restartPolicy: 'Never',
};

function apiOf(value: Record<string, unknown>): FormApi {
  return {
    root: form.view(['environment'], value),
    kind: 'environment',
    readOnly: false,
    issuesByPath: new Map(),
    edit: () => undefined,
    fixable: new Set(),
    getFixes: () => Promise.resolve([]),
    applyFix: () => undefined,
  };
}

describe('the security panel scope', () => {
  it('holds every field the Pod Security verdict reads', () => {
    expect(Object.keys(EVERYTHING).sort()).toEqual([...ENVIRONMENT_FIELD_NAMES].sort());
    const full = form.podSecurity(form.view(['environment'], EVERYTHING));
    expect(full.verdict).toBe('privileged');
    const scoped = narrowForm(apiOf(EVERYTHING), SECURITY_FIELDS, null);
    expect(form.podSecurity(scoped.root)).toEqual(full);
    // And the fields the verdict reads do matter to it.
    const calm = narrowForm(
      apiOf({ ...EVERYTHING, hostNetwork: false, hostPID: false }),
      SECURITY_FIELDS,
      null,
    );
    expect(form.podSecurity(calm.root).findings.length).toBeLessThan(full.findings.length);
  });
});

/** The `fields` of every FormScope among the children of a panel list (a fragment). */
function scopedFields(panels: ReactElement): string[][] {
  const children = (panels.props as { children: ReactElement[] }).children;
  return children.map((child) => [...((child.props as { fields?: readonly string[] }).fields ?? [])]);
}

describe('the panel scopes', () => {
  it('give every field of each section to exactly one panel, the security verdict apart', () => {
    const environment = scopedFields(EnvironmentPanels());
    expect(environment.every((fields) => fields.length > 0)).toBe(true);
    // The security panel reads more than it edits (its verdict); it edits the security context.
    const security = SECURITY_FIELDS.join(' ');
    const edited = environment.flatMap((fields) =>
      fields.join(' ') === security ? ['securityContext'] : fields,
    );
    expect(edited.sort()).toEqual([...ENVIRONMENT_FIELD_NAMES].sort());
    const cleaner = scopedFields(CleanerPanels()).flat();
    expect(cleaner.sort()).toEqual([...CLEANER_FIELD_NAMES].sort());
  });
});
