import { describe, expect, it } from 'vitest';
import { applyEdits, form } from '../../../src/index';
import { hardenEdits } from './harden';

/** Applies "Harden" to an environment document and returns the new text. */
function harden(text: string, value: unknown): string {
  const result = applyEdits(text, hardenEdits(form.view(['environment'], value)));
  if (!result.ok) throw new Error(result.error);
  return result.text;
}

describe('hardenEdits', () => {
  it('adds the restricted pod-level fields, keeping comments', () => {
    const text = '# run\nenvironment:\n  hostPID: false # no\n';
    expect(harden(text, { hostPID: false })).toBe(
      '# run\nenvironment:\n  hostPID: false # no\n  securityContext:\n    runAsNonRoot: true\n' +
        '    seccompProfile:\n      type: RuntimeDefault\n',
    );
  });
  it('fixes wrong values and leaves right ones alone', () => {
    const value = {
      securityContext: {
        runAsNonRoot: false,
        runAsUser: 0,
        seccompProfile: { type: 'Unconfined', localhostProfile: 'a.json' },
      },
    };
    const text =
      'environment:\n  securityContext:\n    runAsNonRoot: false\n    runAsUser: 0\n' +
      '    seccompProfile: {type: Unconfined, localhostProfile: a.json}\n';
    expect(harden(text, value)).toBe(
      'environment:\n  securityContext:\n    runAsNonRoot: true\n    runAsUser: 1000\n' +
        '    seccompProfile: {type: RuntimeDefault}\n',
    );
  });
  it('is a no-op when already restricted, and keeps a Localhost profile', () => {
    const sc = {
      runAsNonRoot: true,
      runAsUser: 5,
      seccompProfile: { type: 'Localhost', localhostProfile: 'p.json' },
    };
    expect(hardenEdits(form.view(['environment'], { securityContext: sc }))).toEqual([]);
  });
  it('uses the snake_case spelling the document has', () => {
    const edits = hardenEdits(form.view(['environment'], { security_context: { run_as_non_root: true } }));
    expect(edits.map((e) => e.path.join('.'))).toEqual(['environment.security_context.seccompProfile']);
  });
  it('refuses a security context that is not a mapping', () => {
    expect(hardenEdits(form.view(['environment'], { securityContext: 'strict' }))).toEqual([]);
  });
});
