/**
 * Reading and writing the URL fragment that carries a document:
 * `#yaml=<base64url of UTF-8>`, optionally followed by `&kind=…` and `&policy=…`. Links the
 * app writes are versioned: compressed ones are `#yaml=z1.<base64url of zlib>`.
 * Decoding is strict: anything that is not base64url, or not valid UTF-8, is rejected.
 */
import type { KindChoice, PolicyChoice } from './options';
import { deflate, inflate } from './deflate';
import { isKindChoice, isPolicyChoice } from './options';

export type FragmentYaml =
  | { readonly status: 'absent' }
  | { readonly status: 'ok'; readonly text: string }
  | { readonly status: 'invalid'; readonly message: string };

export interface Fragment {
  readonly yaml: FragmentYaml;
  readonly kind?: KindChoice;
  readonly policy?: PolicyChoice;
}

const BASE64URL = /^[A-Za-z0-9_-]*={0,2}$/;

const NOT_READABLE =
  'The link does not hold a readable document: its #yaml= part must be base64url-encoded UTF-8 text.';
const TRUNCATED =
  'The link was cut short or altered on the way: its document does not match its own length or checksum. ' +
  'Ask for the link again, copied whole.';
const TOO_LARGE = 'The link expands to more than 8 MB of text, which is more than a document can be.';

/** The biggest text a link may expand to. */
const MAX_LINK_BYTES = 8 * 1024 * 1024;
/** The tag of compressed links (`z1.` + base64url of zlib-deflated UTF-8). */
const COMPRESSED_TAG = 'z1';

/** Splits `#a=1&b=2` into its parameters; the first `=` separates name and value. */
function fragmentParams(hash: string): Map<string, string> {
  const params = new Map<string, string>();
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  for (const part of body.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const name = eq < 0 ? part : part.slice(0, eq);
    if (!params.has(name)) params.set(name, eq < 0 ? '' : part.slice(eq + 1));
  }
  return params;
}

/** Base64url (padding optional) to bytes, or null when the text is not base64url. */
export function base64UrlToBytes(encoded: string): Uint8Array<ArrayBuffer> | null {
  if (!BASE64URL.test(encoded)) return null;
  const unpadded = encoded.replace(/=+$/, '');
  if (unpadded.length % 4 === 1) return null;
  if (encoded.length !== unpadded.length && encoded.length % 4 !== 0) return null;
  const base64 = unpadded.replace(/-/g, '+').replace(/_/g, '/');
  let binary: string;
  try {
    binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  } catch {
    return null;
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Bytes to base64url without padding. */
export function bytesToBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Strict UTF-8: invalid sequences are an error, not replacement characters. */
function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function invalid(message: string): FragmentYaml {
  return { status: 'invalid', message };
}

function textOf(bytes: Uint8Array | null): FragmentYaml {
  const text = bytes && decodeUtf8(bytes);
  return typeof text === 'string' ? { status: 'ok', text } : invalid(NOT_READABLE);
}

async function readYaml(raw: string | undefined, length: string | undefined): Promise<FragmentYaml> {
  if (raw === undefined) return { status: 'absent' };
  let value = raw;
  if (raw.includes('%')) {
    try {
      value = decodeURIComponent(raw);
    } catch {
      return invalid(NOT_READABLE);
    }
  }
  const dot = value.indexOf('.');
  if (dot >= 0) {
    const tag = value.slice(0, dot);
    if (tag !== COMPRESSED_TAG) {
      return invalid(
        /^[a-z]\d+$/.test(tag)
          ? `The link uses a format (${tag}) this version of the editor does not know; it may come from a newer version.`
          : NOT_READABLE,
      );
    }
    const packed = base64UrlToBytes(value.slice(dot + 1));
    if (!packed) return invalid(TRUNCATED);
    const inflated = await inflate(packed, MAX_LINK_BYTES);
    if (!inflated.ok) return invalid(inflated.reason === 'too-large' ? TOO_LARGE : TRUNCATED);
    return textOf(inflated.bytes);
  }
  const bytes = base64UrlToBytes(value);
  if (bytes && length !== undefined && String(bytes.byteLength) !== length) return invalid(TRUNCATED);
  return textOf(bytes);
}

/**
 * Reads a `location.hash` value: `#yaml=<base64url>` (optionally after `len=<bytes>&`, which
 * detects a link cut short) or `#yaml=z1.<base64url of zlib>`. Never throws.
 */
export async function readFragment(hash: string): Promise<Fragment> {
  const params = fragmentParams(hash);
  const kind = params.get('kind');
  const policy = params.get('policy');
  return {
    yaml: await readYaml(params.get('yaml'), params.get('len')),
    ...(kind !== undefined && isKindChoice(kind) ? { kind } : {}),
    ...(policy !== undefined && isPolicyChoice(policy) ? { policy } : {}),
  };
}

/**
 * The fragment (with `#`) that {@link readFragment} reads back as `text`: compressed when that
 * is shorter, and always able to tell a link cut short from a whole one.
 */
export async function writeFragment(
  text: string,
  options: { kind?: KindChoice; policy?: PolicyChoice } = {},
): Promise<string> {
  const bytes = new TextEncoder().encode(text);
  const plain = `#len=${bytes.byteLength}&yaml=${bytesToBase64Url(bytes)}`;
  const packed = `#yaml=${COMPRESSED_TAG}.${bytesToBase64Url(await deflate(bytes))}`;
  let hash = packed.length < plain.length ? packed : plain;
  if (options.kind && options.kind !== 'auto') hash += `&kind=${options.kind}`;
  if (options.policy && options.policy !== 'none') hash += `&policy=${options.policy}`;
  return hash;
}
