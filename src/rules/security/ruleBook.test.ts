import { ruleBook } from '../../testing/ruleBook';
import { source } from '../../testing/source';

/** An environment whose securityContext holds the given flow mapping. */
function security(context: string): string {
  return source`
    environment:
      securityContext: ${context}
  `;
}

const S = 'environment.securityContext';

/** Rule book section 2.7: a container security context placed at pod level. */
ruleBook('rule book 2.7: securityContext', [
  {
    rule: '2.7 container-only fields are dropped at pod level',
    pass: security('{runAsUser: 1000, runAsGroup: 3000}'),
    fail: security('{privileged: true, allowPrivilegeEscalation: false, readOnlyRootFilesystem: true}'),
    expect: [
      `warning security-field-dropped @ ${S}.privileged`,
      `warning security-field-dropped @ ${S}.allowPrivilegeEscalation`,
      `warning security-field-dropped @ ${S}.readOnlyRootFilesystem`,
    ],
  },
  {
    rule: '2.7 pod-only fields cannot be set through this section',
    pass: security('{runAsNonRoot: true, runAsUser: 1000}'),
    fail: security('{supplementalGroups: [4000], fsGroupChangePolicy: OnRootMismatch}'),
    expect: [
      `error pod-only-security-field @ ${S}.supplementalGroups`,
      `error pod-only-security-field @ ${S}.fsGroupChangePolicy`,
    ],
  },
  {
    rule: '2.7 runAsUser/runAsGroup are 0-4294967295',
    pass: security('{runAsUser: 4294967295, runAsGroup: 0}'),
    fail: security('{runAsUser: -1, runAsGroup: 4294967296}'),
    expect: [`error user-id-out-of-range @ ${S}.runAsUser`, `error group-id-out-of-range @ ${S}.runAsGroup`],
  },
  {
    rule: '2.7 runAsUser is an integer (CR schema)',
    pass: security('{runAsUser: 1000}'),
    fail: security('{runAsUser: "1000"}'),
    expect: [`error type-mismatch @ ${S}.runAsUser`],
  },
  {
    rule: '2.7 runAsNonRoot with runAsUser 0 never starts',
    pass: security('{runAsNonRoot: true, runAsUser: 1000}'),
    fail: security('{runAsNonRoot: true, runAsUser: 0}'),
    expect: [`error run-as-non-root-with-root-user @ ${S}.runAsUser`],
  },
  {
    rule: '2.7 runAsNonRoot without runAsUser depends on the images',
    pass: security('{runAsNonRoot: true, runAsUser: 1000}'),
    fail: security('{runAsNonRoot: true}'),
    expect: [`info run-as-non-root-image-user @ ${S}.runAsNonRoot`],
  },
  {
    rule: '2.7 seccompProfile.type required and case-sensitive',
    pass: security('{seccompProfile: {type: RuntimeDefault}}'),
    fail: security('{seccompProfile: {localhostProfile: a.json}}'),
    expect: [`error seccomp-type-missing @ ${S}.seccompProfile.type`],
  },
  {
    rule: '2.7 seccompProfile.type values',
    pass: security('{seccompProfile: {type: Localhost, localhostProfile: profiles/audit.json}}'),
    fail: security('{seccompProfile: {type: runtimeDefault}}'),
    expect: [`error invalid-enum @ ${S}.seccompProfile.type`],
  },
  {
    rule: '2.7 seccomp localhostProfile: required for Localhost, forbidden otherwise, relative',
    pass: security('{seccompProfile: {type: Localhost, localhostProfile: my/profile.json}}'),
    fail: source`
      kind: component
      run:
        kind: tfjob
        chief:
          environment:
            securityContext: {seccompProfile: {type: Localhost}}
        worker:
          environment:
            securityContext: {seccompProfile: {type: Localhost, localhostProfile: ../x.json}}
        ps:
          environment:
            securityContext: {seccompProfile: {type: RuntimeDefault, localhostProfile: x.json}}
    `,
    expect: [
      'error seccomp-localhost-profile-missing @ run.chief.environment.securityContext.seccompProfile.localhostProfile',
      'error seccomp-localhost-profile-invalid @ run.worker.environment.securityContext.seccompProfile.localhostProfile',
      'error seccomp-localhost-profile-forbidden @ run.ps.environment.securityContext.seccompProfile.localhostProfile',
    ],
  },
  {
    rule: '2.7 appArmorProfile: type required, localhostProfile only for Localhost',
    pass: security('{appArmorProfile: {type: Localhost, localhostProfile: k8s-deny-write}}'),
    fail: source`
      kind: component
      run:
        kind: tfjob
        chief:
          environment:
            securityContext: {appArmorProfile: {localhostProfile: x}}
        worker:
          environment:
            securityContext: {appArmorProfile: {type: Localhost}}
        ps:
          environment:
            securityContext: {appArmorProfile: {type: RuntimeDefault, localhostProfile: x}}
        evaluator:
          environment:
            securityContext: {appArmorProfile: {type: Localhost, localhostProfile: " x"}}
    `,
    expect: [
      'error apparmor-type-missing @ run.chief.environment.securityContext.appArmorProfile.type',
      'error apparmor-localhost-profile-missing @ run.worker.environment.securityContext.appArmorProfile.localhostProfile',
      'error apparmor-localhost-profile-forbidden @ run.ps.environment.securityContext.appArmorProfile.localhostProfile',
      'error apparmor-localhost-profile-invalid @ run.evaluator.environment.securityContext.appArmorProfile.localhostProfile',
    ],
  },
  {
    rule: '2.7 windowsOptions formats',
    pass: security(
      '{windowsOptions: {gmsaCredentialSpecName: webapp-gmsa, runAsUserName: "NT AUTHORITY\\\\SYSTEM"}}',
    ),
    fail: security(
      '{windowsOptions: {gmsaCredentialSpecName: WebApp GMSA, gmsaCredentialSpec: "", runAsUserName: "a\\\\b\\\\c"}}',
    ),
    expect: [
      `error windows-gmsa-name-invalid @ ${S}.windowsOptions.gmsaCredentialSpecName`,
      `error windows-gmsa-spec-invalid @ ${S}.windowsOptions.gmsaCredentialSpec`,
      `error windows-user-name-invalid @ ${S}.windowsOptions.runAsUserName`,
    ],
  },
  {
    rule: '2.7 windowsOptions.hostProcess needs hostNetwork',
    pass: source`
      environment:
        hostNetwork: true
        dnsPolicy: ClusterFirstWithHostNet
        securityContext: {windowsOptions: {hostProcess: true}}
    `,
    fail: security('{windowsOptions: {hostProcess: true}}'),
    expect: [`error host-process-needs-host-network @ ${S}.windowsOptions.hostProcess`],
  },
  {
    rule: '2.7 nested snake_case keys are lost',
    pass: security('{seccompProfile: {type: Localhost, localhostProfile: a.json}}'),
    fail: security('{seccompProfile: {type: Localhost, localhost_profile: a.json}}'),
    expect: [
      `warning nested-snake-case @ ${S}.seccompProfile.localhost_profile`,
      `error seccomp-localhost-profile-missing @ ${S}.seccompProfile.localhostProfile`,
    ],
  },
]);
