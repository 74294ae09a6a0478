import { describe, expect, it } from 'vitest';
import { pythonAvailable, pythonSnakeCase } from './pythonOracle';
import { toSnakeCase } from './snakeCase';

const CASES: [string, string][] = [
  ['runAsUser', 'run_as_user'],
  ['RunAsUser', 'run_as_user'],
  ['seLinuxOptions', 'se_linux_options'],
  ['tolerationSeconds', 'toleration_seconds'],
  ['hostPID', 'host_pid'],
  ['nodeSelectorTerms', 'node_selector_terms'],
  ['ip', 'ip'],
  ['hostnames', 'hostnames'],
  ['requiredDuringSchedulingIgnoredDuringExecution', 'required_during_scheduling_ignored_during_execution'],
  ['podIPs', 'pod_i_ps'],
  ['HTTPGet', 'http_get'],
  ['IPFamily', 'ip_family'],
  ['hostNames', 'host_names'],
  ['nameServers', 'name_servers'],
  ['RUNASUSER', 'runasuser'],
  ['run_as_user', 'run_as_user'],
  ['fsGroup', 'fs_group'],
  ['v1Beta', 'v1_beta'],
  ['aBC', 'a_bc'],
  ['ABCDef', 'abc_def'],
  ['', ''],
];

describe('toSnakeCase (clipped to_snake_case)', () => {
  it.each(CASES)('%j → %j', (name, snake) => {
    expect(toSnakeCase(name)).toBe(snake);
  });

  it.skipIf(!pythonAvailable)('matches Python re on the same regexes', () => {
    const names = [
      ...CASES.map(([n]) => n),
      'readOnlyRootFilesystem',
      'XMLHttpRequest',
      'a1B2C',
      'ÀbC',
      'x٣Y',
      'PodIPsX',
    ];
    expect(names.map(toSnakeCase)).toEqual(pythonSnakeCase(names));
  });
});
