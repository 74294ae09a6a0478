/**
 * Reading and writing the URL fragment that carries a document:
 * `#yaml=<base64url of UTF-8>`, optionally followed by `&kind=…` and `&policy=…`.
 * Decoding is strict: anything that is not base64url, or not valid UTF-8, is rejected.
 */
import type { KindChoice, PolicyChoice } from './options';
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

const INVALID_MESSAGE =
  'The link does not hold a readable document: its #yaml= part must be base64url-encoded UTF-8 text. ' +
  'The editor starts empty.';

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
export function base64UrlToBytes(encoded: string): Uint8Array | null {
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

function readYaml(raw: string | undefined): FragmentYaml {
  if (raw === undefined) return { status: 'absent' };
  let value = raw;
  if (raw.includes('%')) {
    try {
      value = decodeURIComponent(raw);
    } catch {
      return { status: 'invalid', message: INVALID_MESSAGE };
    }
  }
  const bytes = base64UrlToBytes(value);
  const text = bytes && decodeUtf8(bytes);
  return typeof text === 'string' ? { status: 'ok', text } : { status: 'invalid', message: INVALID_MESSAGE };
}

/** Reads a `location.hash` value. Never throws. */
export function readFragment(hash: string): Fragment {
  const params = fragmentParams(hash);
  const kind = params.get('kind');
  const policy = params.get('policy');
  return {
    yaml: readYaml(params.get('yaml')),
    ...(kind !== undefined && isKindChoice(kind) ? { kind } : {}),
    ...(policy !== undefined && isPolicyChoice(policy) ? { policy } : {}),
  };
}

/** The fragment (with `#`) that {@link readFragment} reads back as `text`. */
export function writeFragment(
  text: string,
  options: { kind?: KindChoice; policy?: PolicyChoice } = {},
): string {
  let hash = `#yaml=${bytesToBase64Url(new TextEncoder().encode(text))}`;
  if (options.kind && options.kind !== 'auto') hash += `&kind=${options.kind}`;
  if (options.policy && options.policy !== 'none') hash += `&policy=${options.policy}`;
  return hash;
}
