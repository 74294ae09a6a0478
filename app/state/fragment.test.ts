import { describe, expect, it } from 'vitest';
import { base64UrlToBytes, readFragment, writeFragment } from './fragment';

/** An independent encoder (Node's Buffer), so the tests do not check the code against itself. */
const encode = (text: string): string => Buffer.from(text, 'utf8').toString('base64url');

describe('readFragment', () => {
  it('has no document when the hash has no yaml parameter', () => {
    expect(readFragment('').yaml).toEqual({ status: 'absent' });
    expect(readFragment('#').yaml).toEqual({ status: 'absent' });
    expect(readFragment('#other=1').yaml).toEqual({ status: 'absent' });
  });

  it('decodes base64url UTF-8, including characters outside ASCII', () => {
    const text = 'environment:\n  labels:\n    team: 研究 # ünïcode ✓ 🚀\n';
    expect(readFragment(`#yaml=${encode(text)}`).yaml).toEqual({ status: 'ok', text });
  });

  it('accepts padding and an empty document', () => {
    expect(readFragment('#yaml=YQ==').yaml).toEqual({ status: 'ok', text: 'a' });
    expect(readFragment('#yaml=YQ').yaml).toEqual({ status: 'ok', text: 'a' });
    expect(readFragment('#yaml=').yaml).toEqual({ status: 'ok', text: '' });
  });

  it('uses the URL-safe alphabet (- and _)', () => {
    // 0xfb 0xff encodes to "-_8" in base64url and "+/8" in standard base64.
    expect(base64UrlToBytes('-_8')).toEqual(new Uint8Array([0xfb, 0xff]));
    expect(base64UrlToBytes('+/8')).toBeNull();
  });

  it('rejects text that is not base64url', () => {
    for (const garbage of ['not base64!', 'a', 'YQ=', 'Y=Q', '%E0%A4%A', '@@@@']) {
      expect(readFragment(`#yaml=${garbage}`).yaml.status, garbage).toBe('invalid');
    }
  });

  it('rejects bytes that are not UTF-8 instead of replacing them', () => {
    const latin1 = Buffer.from([0x63, 0x61, 0x66, 0xe9]).toString('base64url'); // "café" in Latin-1
    const overlong = Buffer.from([0xc0, 0xaf]).toString('base64url');
    expect(readFragment(`#yaml=${latin1}`).yaml.status).toBe('invalid');
    expect(readFragment(`#yaml=${overlong}`).yaml.status).toBe('invalid');
  });

  it('gives a message for an invalid document', () => {
    const yaml = readFragment('#yaml=***').yaml;
    expect(yaml.status === 'invalid' && yaml.message).toMatch(/base64url/);
  });

  it('reads kind and policy, and ignores values it does not know', () => {
    const fragment = readFragment(`#yaml=${encode('a: 1')}&kind=cleaner&policy=restricted`);
    expect(fragment).toEqual({ yaml: { status: 'ok', text: 'a: 1' }, kind: 'cleaner', policy: 'restricted' });
    expect(readFragment('#yaml=&kind=pod&policy=strict')).toEqual({ yaml: { status: 'ok', text: '' } });
  });
});

describe('writeFragment', () => {
  it('writes what Node decodes as the same UTF-8 text', () => {
    const text = 'cleaner:\n  tolerations: [{key: gpu}] # ✓\n';
    const hash = writeFragment(text);
    expect(hash.startsWith('#yaml=')).toBe(true);
    expect(Buffer.from(hash.slice('#yaml='.length), 'base64url').toString('utf8')).toBe(text);
  });

  it('round-trips with readFragment and leaves default options out', () => {
    const text = 'environment:\n  restartPolicy: Never\n';
    expect(writeFragment(text, { kind: 'auto', policy: 'none' })).not.toContain('&');
    expect(readFragment(writeFragment(text, { kind: 'environment', policy: 'baseline' }))).toEqual({
      yaml: { status: 'ok', text },
      kind: 'environment',
      policy: 'baseline',
    });
  });
});
