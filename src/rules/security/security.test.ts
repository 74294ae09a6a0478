import { describe, expect, it } from 'vitest';
import { WALK_CODES } from '../../judge/codes';
import { findings } from '../../testing/judge';
import { source } from '../../testing/source';
import { SECURITY_CODES } from './codes';

/** This area's findings and the walker's, as `severity code @ path`. */
function problems(text: string, withInfo = false): string[] {
  return findings(text)
    .filter((f) => withInfo || f.severity !== 'info')
    .filter((f) => f.code in SECURITY_CODES || f.code in WALK_CODES)
    .map((f) => `${f.severity} ${f.code} @ ${f.path}`);
}

/** An environment with the given securityContext (flow YAML) and extra fields. */
function env(context: string, extra = ''): string {
  return `environment:\n  securityContext: ${context}\n${extra}`;
}

const SC = 'environment.securityContext';

describe('user and group IDs', () => {
  it('accepts IDs in range', () => {
    expect(problems(env('{runAsUser: 1000, runAsGroup: 0, runAsNonRoot: true}'))).toEqual([]);
    expect(problems(env('{runAsUser: 4294967295}'))).toEqual([]);
  });
  it('rejects negative and too large IDs', () => {
    expect(problems(env('{runAsUser: -1}'))).toEqual([`error user-id-out-of-range @ ${SC}.runAsUser`]);
    expect(problems(env('{runAsUser: 4294967296}'))).toEqual([
      `error user-id-out-of-range @ ${SC}.runAsUser`,
    ]);
    expect(problems(env('{runAsGroup: -5}'))).toEqual([`error group-id-out-of-range @ ${SC}.runAsGroup`]);
  });
});

describe('runAsNonRoot', () => {
  it('rejects runAsUser 0 with runAsNonRoot true', () => {
    expect(problems(env('{runAsNonRoot: true, runAsUser: 0}'))).toEqual([
      `error run-as-non-root-with-root-user @ ${SC}.runAsUser`,
    ]);
    expect(problems(env('{runAsNonRoot: false, runAsUser: 0}'))).toEqual([]);
  });
  it('notes that without runAsUser the images decide', () => {
    expect(problems(env('{runAsNonRoot: true}'), true)).toEqual([
      `info run-as-non-root-image-user @ ${SC}.runAsNonRoot`,
    ]);
    expect(problems(env('{runAsNonRoot: true, runAsUser: 1000}'), true)).toEqual([]);
  });
});

describe('seccompProfile', () => {
  const at = `${SC}.seccompProfile`;
  it('accepts the valid forms', () => {
    expect(problems(env('{seccompProfile: {type: RuntimeDefault}}'))).toEqual([]);
    expect(
      problems(env('{seccompProfile: {type: Localhost, localhostProfile: profiles/audit.json}}')),
    ).toEqual([]);
  });
  it('needs a type', () => {
    expect(problems(env('{seccompProfile: {}}'))).toEqual([`error seccomp-type-missing @ ${at}.type`]);
  });
  it('needs localhostProfile exactly for type Localhost', () => {
    expect(problems(env('{seccompProfile: {type: Localhost}}'))).toEqual([
      `error seccomp-localhost-profile-missing @ ${at}.localhostProfile`,
    ]);
    expect(problems(env('{seccompProfile: {type: RuntimeDefault, localhostProfile: a.json}}'))).toEqual([
      `error seccomp-localhost-profile-forbidden @ ${at}.localhostProfile`,
    ]);
  });
  it('explains that a snake_case localhost_profile is lost', () => {
    expect(problems(env('{seccompProfile: {type: Localhost, localhost_profile: a.json}}'))).toEqual([
      `error seccomp-localhost-profile-missing @ ${at}.localhostProfile`,
      `warning nested-snake-case @ ${at}.localhost_profile`,
    ]);
  });
  it('wants a relative descending path', () => {
    expect(
      problems(env('{seccompProfile: {type: Localhost, localhostProfile: /etc/seccomp/a.json}}')),
    ).toEqual([`error seccomp-localhost-profile-invalid @ ${at}.localhostProfile`]);
    expect(problems(env('{seccompProfile: {type: Localhost, localhostProfile: ../a.json}}'))).toEqual([
      `error seccomp-localhost-profile-invalid @ ${at}.localhostProfile`,
    ]);
  });
});

describe('appArmorProfile', () => {
  const at = `${SC}.appArmorProfile`;
  it('accepts the valid forms', () => {
    expect(problems(env('{appArmorProfile: {type: RuntimeDefault}}'))).toEqual([]);
    expect(problems(env('{appArmorProfile: {type: Localhost, localhostProfile: k8s-deny-write}}'))).toEqual(
      [],
    );
  });
  it('needs a type', () => {
    expect(problems(env('{appArmorProfile: {localhostProfile: x}}'))).toEqual([
      `error apparmor-type-missing @ ${at}.type`,
    ]);
  });
  it('needs a non-empty localhostProfile for type Localhost', () => {
    expect(problems(env('{appArmorProfile: {type: Localhost}}'))).toEqual([
      `error apparmor-localhost-profile-missing @ ${at}.localhostProfile`,
    ]);
    expect(problems(env('{appArmorProfile: {type: Localhost, localhostProfile: ""}}'))).toEqual([
      `error apparmor-localhost-profile-missing @ ${at}.localhostProfile`,
    ]);
  });
  it('forbids localhostProfile for other types', () => {
    expect(problems(env('{appArmorProfile: {type: Unconfined, localhostProfile: x}}'))).toEqual([
      `error apparmor-localhost-profile-forbidden @ ${at}.localhostProfile`,
    ]);
  });
  it('rejects padded or too long profile names', () => {
    expect(
      problems(env('{appArmorProfile: {type: Localhost, localhostProfile: " k8s-deny-write"}}')),
    ).toEqual([`error apparmor-localhost-profile-invalid @ ${at}.localhostProfile`]);
    const long = 'p'.repeat(4096);
    expect(problems(env(`{appArmorProfile: {type: Localhost, localhostProfile: ${long}}}`))).toEqual([
      `error apparmor-localhost-profile-invalid @ ${at}.localhostProfile`,
    ]);
    expect(problems(env(`{appArmorProfile: {type: Localhost, localhostProfile: ${long.slice(1)}}}`))).toEqual(
      [],
    );
  });
});

describe('Windows host processes', () => {
  it('need hostNetwork', () => {
    const context = '{windowsOptions: {hostProcess: true}}';
    expect(problems(env(context))).toEqual([
      `error host-process-needs-host-network @ ${SC}.windowsOptions.hostProcess`,
    ]);
    expect(problems(env(context, '  hostNetwork: true\n'))).toEqual([]);
  });
});

describe('container-only fields in environment.securityContext', () => {
  it('warns that each is dropped at pod level', () => {
    const text = source`
      environment:
        securityContext:
          runAsUser: 1000
          allowPrivilegeEscalation: false
          capabilities: {drop: [ALL]}
          privileged: false
          procMount: Default
          readOnlyRootFilesystem: true
    `;
    expect(problems(text)).toEqual(
      ['allowPrivilegeEscalation', 'capabilities', 'privileged', 'procMount', 'readOnlyRootFilesystem'].map(
        (f) => `warning security-field-dropped @ ${SC}.${f}`,
      ),
    );
    expect(problems(env('{runAsUser: 1000, privileged: null}'))).toEqual([]);
  });
});

describe('a pod security context in a Kubernetes manifest', () => {
  it('checks fsGroup, supplementalGroups and the profiles', () => {
    const text = source`
      apiVersion: batch/v1
      kind: Job
      metadata: {name: etl}
      spec:
        template:
          spec:
            restartPolicy: Never
            containers: [{name: etl, image: example/etl:1}]
            securityContext:
              runAsUser: 1000
              fsGroup: 4294967296
              supplementalGroups: [100, -2]
              seccompProfile: {type: Localhost}
    `;
    const at = 'spec.template.spec.securityContext';
    expect(problems(text)).toEqual([
      `error group-id-out-of-range @ ${at}.fsGroup`,
      `error group-id-out-of-range @ ${at}.supplementalGroups[1]`,
      `error seccomp-localhost-profile-missing @ ${at}.seccompProfile.localhostProfile`,
    ]);
  });
  it('does not warn about fields that belong to the pod there', () => {
    const text = source`
      apiVersion: apps/v1
      kind: Deployment
      metadata: {name: web}
      spec:
        selector: {matchLabels: {app: web}}
        template:
          metadata: {labels: {app: web}}
          spec:
            containers: [{name: web, image: nginx}]
            securityContext: {runAsUser: 1000, fsGroup: 2000, runAsNonRoot: true}
    `;
    expect(problems(text)).toEqual([]);
    expect(problems(text.replace('fsGroup: 2000', 'fsGroup: -1'))).toEqual([
      'error group-id-out-of-range @ spec.template.spec.securityContext.fsGroup',
    ]);
  });
});
