/**
 * Message builders shared by the Kubernetes validators, worded like apimachinery's
 * `util/validation` helpers (MaxLenError, RegexError, EmptyError, InclusiveRangeError)
 * so that users see the same text the API server would print.
 */

/** `must be no more than N characters` (Kubernetes counts bytes, see {@link byteLength}). */
export function maxLenError(length: number): string {
  return `must be no more than ${length} characters`;
}

/**
 * A failed pattern check: the message, the examples and the regular expression, in the
 * exact layout Kubernetes uses, e.g.
 * `… (e.g. 'MyName',  or 'my.name', regex used for validation is '…')`.
 */
export function regexError(message: string, pattern: string, ...examples: string[]): string {
  if (examples.length === 0) {
    return `${message} (regex used for validation is '${pattern}')`;
  }
  const shown = examples.map((example) => `'${example}', `).join(' or ');
  return `${message} (e.g. ${shown}regex used for validation is '${pattern}')`;
}

/** `must be non-empty`. */
export function emptyError(): string {
  return 'must be non-empty';
}

/** `must be between LO and HI, inclusive`. */
export function inclusiveRangeError(lo: number, hi: number): string {
  return `must be between ${lo} and ${hi}, inclusive`;
}

/**
 * Length of a string in UTF-8 bytes, which is what Go's `len()` measures. Lone
 * surrogates count as 3 bytes (they are encoded as U+FFFD).
 */
export function byteLength(value: string): number {
  let bytes = 0;
  for (const char of value) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code < 0x10000) bytes += 3;
    else bytes += 4;
  }
  return bytes;
}
