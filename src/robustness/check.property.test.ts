import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CODES } from '../issues/codes';
import { checkText } from '../judge/check';
import { cleanerValue, environmentText, mutatedText } from './arbitraries';
import { stringify } from 'yaml';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 150);

function checkWellFormed(text: string): void {
  const result = checkText(text, { policy: 'restricted' });
  for (const issue of result.issues) {
    expect(CODES[issue.code], issue.code).toBeDefined();
    expect(issue.message.length).toBeGreaterThan(0);
    expect(issue.range.start.offset).toBeLessThanOrEqual(issue.range.end.offset);
    expect(issue.range.end.offset).toBeLessThanOrEqual(text.length);
  }
  const offsets = result.issues.map((i) => i.range.start.offset);
  expect([...offsets].sort((a, b) => a - b)).toEqual(offsets);
}

describe('checkText on random documents', { timeout: 120_000 }, () => {
  it('never throws on generated environment sections, and gives well-formed issues', () => {
    fc.assert(fc.property(environmentText, checkWellFormed), { numRuns: RUNS });
  });

  it('never throws on mutated sections (syntax errors, control characters, aliases)', () => {
    fc.assert(fc.property(mutatedText, checkWellFormed), { numRuns: RUNS * 2 });
  });

  it('never throws on cleaner sections and arbitrary strings', () => {
    const cleaner = cleanerValue.map((v) => stringify({ cleaner: v }));
    fc.assert(fc.property(fc.oneof(cleaner, fc.string({ maxLength: 200 })), checkWellFormed), {
      numRuns: RUNS,
    });
  });
});
