// What PyYAML's reader refuses (its NON_PRINTABLE set): C0 and C1 controls but tab, line
// feed, carriage return and NEL; DEL; lone surrogates; U+FFFE and U+FFFF.
const NON_PRINTABLE = /[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

/** The first character YAML does not allow in a text, and how many there are (counted up to 10 000). */
export interface ControlChars {
  readonly offset: number;
  readonly codePoint: number;
  readonly count: number;
}

export function findControlChars(text: string): ControlChars | null {
  NON_PRINTABLE.lastIndex = 0;
  const first = NON_PRINTABLE.exec(text);
  if (!first) return null;
  let count = 1;
  while (count < 10_000 && NON_PRINTABLE.exec(text)) count++;
  NON_PRINTABLE.lastIndex = 0;
  return { offset: first.index, codePoint: first[0].codePointAt(0) ?? 0, count };
}

/** `U+0000 (NUL)`, `U+0007`, `U+D800 (a lone surrogate)`. */
export function describeCodePoint(cp: number): string {
  const hex = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  if (cp === 0) return `${hex} (NUL)`;
  if (cp >= 0xd800 && cp <= 0xdfff) return `${hex} (a lone surrogate)`;
  return hex;
}
