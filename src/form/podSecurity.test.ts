import { describe, expect, it } from 'vitest';
import { podSecurity } from './podSecurity';
import { view } from './view';

const env = (value: unknown) => view(['environment'], value);

describe('podSecurity', () => {
  it('reads the documented and the snake_case spellings', () => {
    const sc = { runAsNonRoot: true, runAsUser: 1000, seccompProfile: { type: 'RuntimeDefault' } };
    expect(podSecurity(env({ securityContext: sc })).verdict).toBe('restricted');
    expect(podSecurity(env({ security_context: sc })).verdict).toBe('restricted');
    expect(podSecurity(env({ security_context: sc, host_pid: true })).verdict).toBe('privileged');
  });
  it('lists the failed checks and ignores nulls', () => {
    const result = podSecurity(env({ securityContext: null, hostNetwork: null }));
    expect(result.verdict).toBe('baseline');
    expect(result.findings.map((f) => f.code)).toEqual([
      'pss-run-as-non-root',
      'pss-seccomp-required',
      'pss-restricted-container-level',
    ]);
  });
});
