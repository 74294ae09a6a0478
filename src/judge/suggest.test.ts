import { describe, expect, it } from 'vitest';
import { editDistance, suggest } from './suggest';

describe('suggest', () => {
  const fields = ['nodeSelector', 'nodeName', 'hostPID', 'hostNetwork', 'tolerations', 'affinity'];
  it('finds a key that differs only in case or separators', () => {
    expect(suggest('nodeselector', fields)).toBe('nodeSelector');
    expect(suggest('hostPid', fields)).toBe('hostPID');
    expect(suggest('host-network', fields)).toBe('hostNetwork');
  });
  it('finds close misspellings', () => {
    expect(suggest('toleration', fields)).toBe('tolerations');
    expect(suggest('afinity', fields)).toBe('affinity');
    expect(suggest('tolreations', fields)).toBe('tolerations');
  });
  it('gives nothing for unrelated words', () => {
    expect(suggest('volumes', fields)).toBeUndefined();
    expect(suggest('x', fields)).toBeUndefined();
  });
  it('counts a transposition as one edit', () => {
    expect(editDistance('ab', 'ba')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});
