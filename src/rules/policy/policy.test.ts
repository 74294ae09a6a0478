import { describe, expect, it } from 'vitest';
import type { PolicyProfile } from '../../judge/rule';
import { findings } from '../../testing/judge';
import { source } from '../../testing/source';
import { POLICY_CODES } from './codes';

/** The policy findings as `severity code @ path`, for a targeted profile; `only` keeps one code. */
function pss(text: string, policy: PolicyProfile = 'none', only?: string): string[] {
  return findings(text, { policy })
    .filter((f) => (only ? f.code === only : f.code in POLICY_CODES))
    .map((f) => `${f.severity} ${f.code} @ ${f.path}`);
}

const SC = 'environment.securityContext';
const COMPLIANT = '{runAsNonRoot: true, runAsUser: 1000, seccompProfile: {type: RuntimeDefault}}';

describe('baseline checks', () => {
  it('report host namespaces as info, or as warnings under baseline and restricted', () => {
    const text = 'environment:\n  hostNetwork: true\n';
    expect(pss(text)).toEqual(['info pss-host-namespaces @ environment.hostNetwork']);
    expect(pss(text, 'baseline')).toEqual(['warning pss-host-namespaces @ environment.hostNetwork']);
    expect(pss('environment:\n  hostNetwork: false\n', 'baseline')).toEqual([]);
  });
  it('check the SELinux type, user and role', () => {
    expect(
      pss(
        `environment:\n  securityContext: {seLinuxOptions: {type: spc_t, level: "s0:c1,c2"}}\n`,
        'baseline',
      ),
    ).toContain(`warning pss-selinux-options @ ${SC}.seLinuxOptions.type`);
    expect(
      pss(`environment:\n  securityContext: {seLinuxOptions: {user: system_u, type: container_engine_t}}\n`),
    ).toContain(`info pss-selinux-options @ ${SC}.seLinuxOptions.user`);
    expect(
      pss(
        `environment:\n  securityContext: {seLinuxOptions: {type: container_t, level: s0}}\n`,
        'baseline',
        'pss-selinux-options',
      ),
    ).toEqual([]);
  });
  it('check Unconfined seccomp and AppArmor profiles', () => {
    const text = `environment:\n  securityContext: {seccompProfile: {type: Unconfined}, appArmorProfile: {type: Unconfined}}\n`;
    expect(pss(text, 'baseline').filter((f) => f.startsWith('warning'))).toEqual([
      `warning pss-seccomp-unconfined @ ${SC}.seccompProfile.type`,
      `warning pss-apparmor-unconfined @ ${SC}.appArmorProfile.type`,
    ]);
    expect(pss(text, 'restricted', 'pss-seccomp-required')).toEqual([]);
  });
  it('check the AppArmor annotations', () => {
    const text = source`
      environment:
        annotations:
          container.apparmor.security.beta.kubernetes.io/main: unconfined
          container.apparmor.security.beta.kubernetes.io/sidecar: runtime/default
    `;
    expect(pss(text, 'baseline')).toEqual([
      'warning pss-apparmor-unconfined @ environment.annotations["container.apparmor.security.beta.kubernetes.io/main"]',
    ]);
  });
  it('check Windows host processes', () => {
    const text =
      'environment:\n  hostNetwork: true\n  securityContext: {windowsOptions: {hostProcess: true}}\n';
    expect(pss(text)).toContain(`info pss-host-process @ ${SC}.windowsOptions.hostProcess`);
  });
});

describe('restricted checks', () => {
  it('are warnings only under restricted', () => {
    const text = `environment:\n  securityContext: {runAsNonRoot: true, runAsUser: 0, seccompProfile: {type: RuntimeDefault}}\n`;
    const rootUser = `pss-run-as-user-root @ ${SC}.runAsUser`;
    expect(pss(text)).toContain(`info ${rootUser}`);
    expect(pss(text, 'baseline')).toContain(`info ${rootUser}`);
    expect(pss(text, 'restricted')).toContain(`warning ${rootUser}`);
  });
  it('report an explicit runAsNonRoot: false', () => {
    expect(pss(`environment:\n  securityContext: {runAsNonRoot: false}\n`)).toContain(
      `info pss-run-as-non-root @ ${SC}.runAsNonRoot`,
    );
  });
  it('ask for the missing settings under restricted, and stay quiet otherwise', () => {
    const text = 'environment:\n  nodeSelector: {pool: gpu}\n';
    expect(pss(text)).toEqual([]);
    expect(pss(text, 'restricted')).toEqual([
      `warning pss-restricted-container-level @ ${SC}`,
      `warning pss-run-as-non-root @ ${SC}`,
      `warning pss-seccomp-required @ ${SC}`,
    ]);
  });
  it('leave only the container-level requirement for a compliant environment', () => {
    const text = `environment:\n  securityContext: ${COMPLIANT}\n`;
    expect(pss(text, 'restricted')).toEqual([`warning pss-restricted-container-level @ ${SC}`]);
    expect(pss(text)).toEqual([`info pss-restricted-container-level @ ${SC}`]);
  });
  it('point at the missing field of a partial securityContext', () => {
    expect(
      pss(`environment:\n  securityContext: {runAsUser: 1000, seccompProfile: {}}\n`, 'restricted'),
    ).toEqual([
      `warning pss-restricted-container-level @ ${SC}`,
      `warning pss-run-as-non-root @ ${SC}.runAsNonRoot`,
      `warning pss-seccomp-required @ ${SC}.seccompProfile.type`,
    ]);
  });
});

describe('Pod Security Standards in a Kubernetes manifest', () => {
  const deployment = (spec: string) => source`
    apiVersion: apps/v1
    kind: Deployment
    metadata: {name: agent}
    spec:
      template:
        spec:
          containers: [{name: agent, image: example/agent:3}]
          ${spec}
  `;
  it('checks hostIPC, which environments cannot set', () => {
    expect(pss(deployment('hostIPC: true'), 'baseline')).toEqual([
      'warning pss-host-namespaces @ spec.template.spec.hostIPC',
    ]);
  });
  it('does not ask for container-level settings it cannot see', () => {
    expect(pss(deployment(`securityContext: ${COMPLIANT}`), 'restricted')).toEqual([]);
  });
});
