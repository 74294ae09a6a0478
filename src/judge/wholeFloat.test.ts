import { describe, expect, it } from 'vitest';
import { codesAt } from '../testing/judge';
import { source } from '../testing/source';

/**
 * A quantity written as a float with no fraction (2.0) is sent as the JSON number 2.0, which the
 * CRD's int-or-string schema takes as an integer; only a real fraction (0.5) is rejected.
 */
describe('whole-number float quantities', () => {
  it('accepts 2.0 and 1.0', () => {
    const text = source`
      cleaner:
        resources:
          requests: {cpu: 1.0, memory: 256.0}
          limits: {cpu: 2.0}
    `;
    expect(codesAt(text)).toEqual([]);
  });
  it('rejects 0.5 and 1.25', () => {
    const text = source`
      cleaner:
        resources:
          requests: {cpu: 0.5}
          limits: {cpu: 1.25}
    `;
    expect(codesAt(text)).toEqual([
      'type-mismatch @ cleaner.resources.requests.cpu',
      'type-mismatch @ cleaner.resources.limits.cpu',
    ]);
  });
});
