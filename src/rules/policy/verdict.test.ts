import { describe, expect, it } from 'vitest';
import { pssFindings, pssVerdict } from './verdict';

const COMPLIANT = { runAsNonRoot: true, runAsUser: 1000, seccompProfile: { type: 'RuntimeDefault' } };

describe('pssVerdict', () => {
  it('is restricted when the pod-level fields satisfy every check', () => {
    expect(pssVerdict({ securityContext: COMPLIANT }, 'environment')).toBe('restricted');
    expect(
      pssVerdict({ securityContext: { ...COMPLIANT, seccompProfile: { type: 'Localhost' } } }, 'podSpec'),
    ).toBe('restricted');
  });
  it('is baseline when a restricted check fails', () => {
    expect(pssVerdict({}, 'environment')).toBe('baseline');
    expect(pssVerdict({ securityContext: { ...COMPLIANT, runAsUser: 0 } }, 'podSpec')).toBe('baseline');
    expect(pssVerdict({ securityContext: { runAsNonRoot: true } }, 'environment')).toBe('baseline');
  });
  it('is privileged when a baseline check fails', () => {
    expect(pssVerdict({ hostPID: true, securityContext: COMPLIANT }, 'environment')).toBe('privileged');
    expect(pssVerdict({ hostIPC: true }, 'podSpec')).toBe('privileged');
    expect(
      pssVerdict({ securityContext: { ...COMPLIANT, seccompProfile: { type: 'Unconfined' } } }, 'podSpec'),
    ).toBe('privileged');
  });
  it('ignores hostIPC where Polyaxon has no such field', () => {
    expect(pssVerdict({ hostIPC: true, securityContext: COMPLIANT }, 'environment')).toBe('restricted');
  });
  it('reads anything without throwing', () => {
    expect(pssVerdict(null, 'environment')).toBe('baseline');
    expect(pssVerdict('text', 'podSpec')).toBe('baseline');
  });
});

describe('pssFindings', () => {
  it('lists the container-level requirement for environments only', () => {
    const codes = (kind: 'environment' | 'podSpec') =>
      pssFindings({ securityContext: COMPLIANT }, kind).map((f) => f.code);
    expect(codes('environment')).toEqual(['pss-restricted-container-level']);
    expect(codes('podSpec')).toEqual([]);
  });
  it('has nothing to say about a cleaner', () => {
    expect(pssFindings({ hostNetwork: true }, 'cleaner')).toEqual([]);
  });
});
