import { get, type PssFinding, type PssInput } from './finding';

function nonRoot(input: PssInput): PssFinding[] {
  const sc = get(input.value, 'securityContext');
  const set = get(sc, 'runAsNonRoot');
  if (set === true) return [];
  if (set === false) {
    return [
      {
        code: 'pss-run-as-non-root',
        level: 'restricted',
        path: ['securityContext', 'runAsNonRoot'],
        message:
          'runAsNonRoot: false is forbidden by the restricted Pod Security Standard; write runAsNonRoot: true ' +
          'with a non-zero runAsUser',
      },
    ];
  }
  const container = input.kind === 'environment' ? '' : ' (or on every container)';
  const user = get(input.value, 'securityContext', 'runAsUser');
  const add =
    typeof user === 'number' && user > 0
      ? 'securityContext.runAsNonRoot: true'
      : 'securityContext.runAsNonRoot: true and a non-zero runAsUser such as 1000';
  return [
    {
      code: 'pss-run-as-non-root',
      level: 'restricted',
      ...(sc === undefined
        ? { path: [], missing: 'securityContext' }
        : { path: ['securityContext'], missing: 'runAsNonRoot' }),
      absent: true,
      message: `the restricted Pod Security Standard requires runAsNonRoot: true at pod level${container}; add ${add}`,
    },
  ];
}

function rootUser(input: PssInput): PssFinding[] {
  if (get(input.value, 'securityContext', 'runAsUser') !== 0) return [];
  return [
    {
      code: 'pss-run-as-user-root',
      level: 'restricted',
      path: ['securityContext', 'runAsUser'],
      message:
        'runAsUser: 0 (root) is forbidden by the restricted Pod Security Standard; use a non-zero ID such as 1000',
    },
  ];
}

function seccomp({ value, kind }: PssInput): PssFinding[] {
  const sc = get(value, 'securityContext');
  const profile = get(sc, 'seccompProfile');
  const type = get(profile, 'type');
  // Unconfined is reported by the baseline check; RuntimeDefault and Localhost satisfy it.
  if (type === 'RuntimeDefault' || type === 'Localhost' || type === 'Unconfined') return [];
  const container = kind === 'environment' ? '' : ' (or on every container)';
  const where =
    sc === undefined
      ? { path: [], missing: 'securityContext' }
      : profile === undefined
        ? { path: ['securityContext'], missing: 'seccompProfile' }
        : { path: ['securityContext', 'seccompProfile'], missing: 'type' };
  return [
    {
      code: 'pss-seccomp-required',
      level: 'restricted',
      ...where,
      absent: true,
      message:
        `the restricted Pod Security Standard requires a seccomp profile at pod level${container}; add ` +
        'securityContext.seccompProfile: {type: RuntimeDefault}',
    },
  ];
}

function containerLevel({ value, kind }: PssInput): PssFinding[] {
  if (kind !== 'environment') return [];
  const sc = get(value, 'securityContext');
  return [
    {
      code: 'pss-restricted-container-level',
      level: 'restricted',
      ...(sc === undefined ? { path: [], missing: 'securityContext' } : { path: ['securityContext'] }),
      absent: true,
      message:
        'the restricted Pod Security Standard also requires allowPrivilegeEscalation: false and ' +
        'capabilities.drop: [ALL] on every container, which environment.securityContext cannot set (it applies ' +
        "to the pod); set them in the run's container.securityContext",
    },
  ];
}

/** The restricted checks that the pod-level fields of a section can fail (baseline ones excluded). */
export function restrictedFindings(input: PssInput): PssFinding[] {
  return [...nonRoot(input), ...rootUser(input), ...seccomp(input), ...containerLevel(input)];
}
