/**
 * zlib compression with the browser's own streams (no library). zlib's checksum means a link cut
 * short or altered fails to inflate instead of giving a shorter text.
 */

async function collect(stream: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array | null> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

function streamOf(bytes: Uint8Array<ArrayBuffer>): ReadableStream<BufferSource> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
}

export async function deflate(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  const out = await collect(streamOf(bytes).pipeThrough(new CompressionStream('deflate')), Infinity);
  return out ?? new Uint8Array();
}

export type Inflated =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly reason: 'corrupt' | 'too-large' };

/** Inflates at most `limit` bytes; a bigger result (a "zip bomb") is refused, not expanded. */
export async function inflate(bytes: Uint8Array<ArrayBuffer>, limit: number): Promise<Inflated> {
  try {
    const out = await collect(streamOf(bytes).pipeThrough(new DecompressionStream('deflate')), limit);
    return out ? { ok: true, bytes: out } : { ok: false, reason: 'too-large' };
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
}
