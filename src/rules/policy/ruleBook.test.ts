import { ruleBook } from '../../testing/ruleBook';
import { source } from '../../testing/source';

const baseline = { policy: 'baseline' } as const;
const restricted = { policy: 'restricted' } as const;
const S = 'environment.securityContext';

/** A restricted-compliant pod-level security context with one extra line of fields. */
function compliant(extra = ''): string {
  return source`
    environment:
      securityContext:
        runAsNonRoot: true
        runAsUser: 1000
        seccompProfile: {type: RuntimeDefault}
        ${extra}
  `;
}

/**
 * Rule book section 5: Pod Security Standards. Findings are info without a profile and warnings
 * once the user picks one (checked here with a profile; the info form is in policy.test.ts).
 */
ruleBook('rule book 5: Pod Security Standards', [
  {
    rule: '5 baseline: host namespaces',
    pass: source`
      environment:
        hostNetwork: false
    `,
    fail: source`
      environment:
        hostNetwork: true
        dnsPolicy: ClusterFirstWithHostNet
    `,
    expect: ['warning pss-host-namespaces @ environment.hostNetwork'],
    options: baseline,
  },
  {
    rule: '5 baseline: host namespaces are info without a profile',
    pass: source`
      environment:
        hostNetwork: false
    `,
    fail: source`
      environment:
        hostNetwork: true
        dnsPolicy: ClusterFirstWithHostNet
    `,
    expect: ['info pss-host-namespaces @ environment.hostNetwork'],
  },
  {
    rule: '5 baseline: SELinux type, user, role',
    pass: compliant('seLinuxOptions: {level: "s0:c123,c456", type: container_t}'),
    fail: compliant('seLinuxOptions: {type: spc_t}'),
    expect: [`warning pss-selinux-options @ ${S}.seLinuxOptions.type`],
    options: baseline,
  },
  {
    rule: '5 baseline: seccomp Unconfined',
    pass: compliant(),
    fail: source`
      environment:
        securityContext:
          seccompProfile: {type: Unconfined}
    `,
    expect: [`warning pss-seccomp-unconfined @ ${S}.seccompProfile.type`],
    options: baseline,
  },
  {
    rule: '5 baseline: AppArmor Unconfined',
    pass: compliant('appArmorProfile: {type: RuntimeDefault}'),
    fail: compliant('appArmorProfile: {type: Unconfined}'),
    expect: [`warning pss-apparmor-unconfined @ ${S}.appArmorProfile.type`],
    options: baseline,
  },
  {
    rule: '5 baseline: Windows host process',
    pass: compliant(),
    fail: source`
      environment:
        hostNetwork: true
        dnsPolicy: ClusterFirstWithHostNet
        securityContext:
          windowsOptions: {hostProcess: true}
    `,
    expect: [`warning pss-host-process @ ${S}.windowsOptions.hostProcess`],
    options: baseline,
  },
  {
    rule: '5 restricted: runAsNonRoot',
    pass: compliant(),
    fail: source`
      environment:
        securityContext:
          runAsUser: 1000
          seccompProfile: {type: RuntimeDefault}
    `,
    expect: [`warning pss-run-as-non-root @ ${S}.runAsNonRoot`],
    options: restricted,
    ignore: ['pss-restricted-container-level'],
  },
  {
    rule: '5 restricted: runAsUser 0',
    pass: compliant(),
    fail: source`
      environment:
        securityContext:
          runAsUser: 0
          seccompProfile: {type: RuntimeDefault}
    `,
    expect: [`warning pss-run-as-user-root @ ${S}.runAsUser`],
    options: restricted,
    ignore: ['pss-restricted-container-level'],
  },
  {
    rule: '5 restricted: seccomp RuntimeDefault or Localhost',
    pass: compliant(),
    fail: source`
      environment:
        securityContext:
          runAsNonRoot: true
          runAsUser: 1000
    `,
    expect: [`warning pss-seccomp-required @ ${S}.seccompProfile`],
    options: restricted,
    ignore: ['pss-restricted-container-level'],
  },
  {
    rule: '5 restricted: allowPrivilegeEscalation and capabilities are container-level only',
    pass: compliant(),
    fail: compliant(),
    expect: [`warning pss-restricted-container-level @ ${S}`],
    options: restricted,
    ignore: ['pss-restricted-container-level'],
  },
]);
