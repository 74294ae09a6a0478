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

function firstBadByte(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let lo = 0;
  let hi = bytes.length;
  // The longest valid prefix, found by bisection (a prefix may end inside a character).
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    try {
      decoder.decode(bytes.subarray(0, mid), { stream: true });
      decoder.decode();
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  return lo;
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
