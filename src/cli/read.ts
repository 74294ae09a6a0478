/** A file's text, or why it cannot be used. */
export type ReadResult =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly error: string };

/** Reads raw bytes of a path ('-' is standard input); injected so commands stay testable. */
export type ReadBytes = (path: string) => Uint8Array;

/** Decodes bytes as strict UTF-8 (a leading BOM is dropped); reports where decoding fails. */
export function decodeUtf8(bytes: Uint8Array): ReadResult {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    if (text.includes('\u0000')) {
      const at = text.indexOf('\u0000');
      return { ok: false, error: `binary content: a NUL byte at offset ${at}; not a YAML text file` };
    }
    return { ok: true, text };
  } catch {
    return { ok: false, error: `not valid UTF-8 (first bad byte at offset ${firstBadByte(bytes)})` };
  }
}

/** The offset of the first byte that is not part of a well-formed UTF-8 sequence (WHATWG rules). */
export function firstBadByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const length = sequenceLength(bytes, i);
    if (length === 0) return i;
    i += length;
  }
  return bytes.length;
}

// The length of the well-formed sequence at `i`, or 0: overlong forms, surrogates and code
// points beyond U+10FFFF are ill-formed, as are truncated sequences.
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i] ?? 0;
  if (b < 0x80) return 1;
  let n: number;
  let lo = 0x80;
  let hi = 0xbf;
  if (b >= 0xc2 && b <= 0xdf) n = 2;
  else if (b >= 0xe0 && b <= 0xef) {
    n = 3;
    if (b === 0xe0) lo = 0xa0;
    if (b === 0xed) hi = 0x9f;
  } else if (b >= 0xf0 && b <= 0xf4) {
    n = 4;
    if (b === 0xf0) lo = 0x90;
    if (b === 0xf4) hi = 0x8f;
  } else return 0;
  for (let k = 1; k < n; k++) {
    const c = bytes[i + k];
    if (c === undefined || c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) return 0;
  }
  return n;
}

export function readText(read: ReadBytes, path: string): ReadResult {
  let bytes: Uint8Array;
  try {
    bytes = read(path);
  } catch (error) {
    const code = (error as { code?: string }).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory'
          : code === 'EACCES'
            ? 'permission denied'
            : String((error as Error).message ?? error);
    return { ok: false, error: why };
  }
  return decodeUtf8(bytes);
}
