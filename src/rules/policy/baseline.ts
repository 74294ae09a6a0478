import { entries, get, type PssFinding, type PssInput } from './finding';

/** SELinux types the baseline profile allows (check_seLinuxOptions.go, policy 1.31+). */
const SELINUX_TYPES = new Set([
  '',
  'container_t',
  'container_init_t',
  'container_kvm_t',
  'container_engine_t',
]);
const APPARMOR_ANNOTATION = 'container.apparmor.security.beta.kubernetes.io/';

function hostNamespaces({ value, kind }: PssInput): PssFinding[] {
  const fields = kind === 'podSpec' ? ['hostNetwork', 'hostPID', 'hostIPC'] : ['hostNetwork', 'hostPID'];
  return fields
    .filter((f) => get(value, f) === true)
    .map((f): PssFinding => ({
      code: 'pss-host-namespaces',
      level: 'baseline',
      path: [f],
      message:
        `${f}: true shares a host namespace, which the baseline and restricted Pod Security Standards forbid; ` +
        `remove ${f} in namespaces that enforce them`,
    }));
}

function seLinux({ value }: PssInput): PssFinding[] {
  const opts = get(value, 'securityContext', 'seLinuxOptions');
  const found: PssFinding[] = [];
  const type = get(opts, 'type');
  if (typeof type === 'string' && !SELINUX_TYPES.has(type)) {
    found.push({
      code: 'pss-selinux-options',
      level: 'baseline',
      path: ['securityContext', 'seLinuxOptions', 'type'],
      message:
        `SELinux type ${type} is not allowed by the baseline Pod Security Standard; use container_t, ` +
        'container_init_t, container_kvm_t or container_engine_t, or leave type empty',
    });
  }
  for (const field of ['user', 'role']) {
    const set = get(opts, field);
    if (typeof set !== 'string' || set === '') continue;
    found.push({
      code: 'pss-selinux-options',
      level: 'baseline',
      path: ['securityContext', 'seLinuxOptions', field],
      message: `the baseline Pod Security Standard forbids a custom SELinux ${field}; remove seLinuxOptions.${field}`,
    });
  }
  return found;
}

function unconfined({ value }: PssInput): PssFinding[] {
  const found: PssFinding[] = [];
  if (get(value, 'securityContext', 'seccompProfile', 'type') === 'Unconfined') {
    found.push({
      code: 'pss-seccomp-unconfined',
      level: 'baseline',
      path: ['securityContext', 'seccompProfile', 'type'],
      message:
        'seccomp type Unconfined turns off syscall filtering, which the baseline and restricted Pod Security ' +
        'Standards forbid; write type: RuntimeDefault',
    });
  }
  if (get(value, 'securityContext', 'appArmorProfile', 'type') === 'Unconfined') {
    found.push({
      code: 'pss-apparmor-unconfined',
      level: 'baseline',
      path: ['securityContext', 'appArmorProfile', 'type'],
      message:
        'AppArmor type Unconfined turns AppArmor off, which the baseline and restricted Pod Security Standards ' +
        'forbid; write type: RuntimeDefault',
    });
  }
  for (const [key, profile] of entries(get(value, 'annotations'))) {
    if (!key.startsWith(APPARMOR_ANNOTATION) || typeof profile !== 'string') continue;
    if (profile === '' || profile === 'runtime/default' || profile.startsWith('localhost/')) continue;
    found.push({
      code: 'pss-apparmor-unconfined',
      level: 'baseline',
      path: ['annotations', key],
      message:
        `AppArmor profile "${profile}" is not allowed by the baseline Pod Security Standard; use runtime/default ` +
        'or localhost/<profile>, or better securityContext.appArmorProfile',
    });
  }
  return found;
}

function hostProcess({ value }: PssInput): PssFinding[] {
  if (get(value, 'securityContext', 'windowsOptions', 'hostProcess') !== true) return [];
  return [
    {
      code: 'pss-host-process',
      level: 'baseline',
      path: ['securityContext', 'windowsOptions', 'hostProcess'],
      message:
        'Windows host-process containers have full access to the node, which the baseline and restricted Pod ' +
        'Security Standards forbid; remove hostProcess',
    },
  ];
}

/** The baseline checks that the pod-level fields of a section can fail. */
export function baselineFindings(input: PssInput): PssFinding[] {
  return [...hostNamespaces(input), ...seLinux(input), ...unconfined(input), ...hostProcess(input)];
}
