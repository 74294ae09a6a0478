import { expect } from 'vitest';
import { applySplices } from './compose';
import { applyEdit, applyEdits, type Edit, type EditOptions } from './edit';

/** Applies one edit, expects success with exactly `expected`, and checks the splices agree. */
export function expectEdit(input: string, edit: Edit, expected: string, options?: EditOptions): void {
  const r = applyEdit(input, edit, options);
  if (!r.ok) throw new Error(`edit failed: ${r.error}`);
  expect(r.text).toBe(expected);
  expect(applySplices(input, r.splices)).toBe(expected);
}

/** Applies edits in sequence and expects exactly `expected`; the composed splices must agree. */
export function expectEdits(
  input: string,
  edits: readonly Edit[],
  expected: string,
  options?: EditOptions,
): void {
  const r = applyEdits(input, edits, options);
  if (!r.ok) throw new Error(`edits failed: ${r.error}`);
  expect(r.text).toBe(expected);
  expect(applySplices(input, r.splices)).toBe(expected);
}

/** Applies one edit and expects a refusal whose message matches `pattern`. */
export function expectRefusal(input: string, edit: Edit, pattern: RegExp, options?: EditOptions): void {
  const r = applyEdit(input, edit, options);
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.error).toMatch(pattern);
}

/** Converts `\n` line ends to `\r\n`. */
export function crlf(text: string): string {
  return text.replace(/\n/g, '\r\n');
}
