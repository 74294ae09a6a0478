import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { base64UrlToBytes, readFragment, writeFragment, type FragmentYaml } from './fragment';

/** Independent encoders (Node's Buffer and zlib), so the tests do not check the code against itself. */
const encode = (text: string): string => Buffer.from(text, 'utf8').toString('base64url');
const packed = (bytes: Uint8Array | string): string =>
  `z1.${deflateSync(typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes).toString('base64url')}`;

const yamlOf = async (hash: string): Promise<FragmentYaml> => (await readFragment(hash)).yaml;
const statusOf = async (hash: string): Promise<string> => (await yamlOf(hash)).status;
const messageOf = async (hash: string): Promise<string> => {
  const yaml = await yamlOf(hash);
  return yaml.status === 'invalid' ? yaml.message : `(${yaml.status})`;
};

describe('readFragment', () => {
  it('has no document when the hash has no yaml parameter', async () => {
    expect(await yamlOf('')).toEqual({ status: 'absent' });
    expect(await yamlOf('#')).toEqual({ status: 'absent' });
    expect(await yamlOf('#other=1')).toEqual({ status: 'absent' });
  });

  it('decodes base64url UTF-8, including characters outside ASCII', async () => {
    const text = 'environment:\n  labels:\n    team: 研究 # ünïcode ✓ 🚀\n';
    expect(await yamlOf(`#yaml=${encode(text)}`)).toEqual({ status: 'ok', text });
  });

  it('accepts padding and an empty document', async () => {
    expect(await yamlOf('#yaml=YQ==')).toEqual({ status: 'ok', text: 'a' });
    expect(await yamlOf('#yaml=YQ')).toEqual({ status: 'ok', text: 'a' });
    expect(await yamlOf('#yaml=')).toEqual({ status: 'ok', text: '' });
  });

  it('uses the URL-safe alphabet (- and _)', () => {
    // 0xfb 0xff encodes to "-_8" in base64url and "+/8" in standard base64.
    expect(base64UrlToBytes('-_8')).toEqual(new Uint8Array([0xfb, 0xff]));
    expect(base64UrlToBytes('+/8')).toBeNull();
  });

  it('rejects text that is not base64url', async () => {
    for (const garbage of ['not base64!', 'a', 'YQ=', 'Y=Q', '%E0%A4%A', '@@@@']) {
      expect(await statusOf(`#yaml=${garbage}`), garbage).toBe('invalid');
    }
    expect(await messageOf('#yaml=***')).toMatch(/base64url/);
  });

  it('rejects bytes that are not UTF-8 instead of replacing them', async () => {
    const latin1 = Buffer.from([0x63, 0x61, 0x66, 0xe9]).toString('base64url'); // "café" in Latin-1
    const overlong = Buffer.from([0xc0, 0xaf]).toString('base64url');
    expect(await statusOf(`#yaml=${latin1}`)).toBe('invalid');
    expect(await statusOf(`#yaml=${overlong}`)).toBe('invalid');
    expect(await statusOf(`#yaml=${packed(Buffer.from([0xc0, 0xaf]))}`)).toBe('invalid');
  });

  it('reads kind and policy, and ignores values it does not know', async () => {
    const fragment = await readFragment(`#yaml=${encode('a: 1')}&kind=cleaner&policy=restricted`);
    expect(fragment).toEqual({ yaml: { status: 'ok', text: 'a: 1' }, kind: 'cleaner', policy: 'restricted' });
    expect(await readFragment('#yaml=&kind=pod&policy=strict')).toEqual({ yaml: { status: 'ok', text: '' } });
  });

  it('reads compressed links', async () => {
    const text = 'environment:\n  labels:\n    team: 研究\n';
    expect(await yamlOf(`#yaml=${packed(text)}`)).toEqual({ status: 'ok', text });
  });

  it('tells a link cut short from a whole one', async () => {
    const text = `environment:\n  labels:\n${'    a-label: some-value\n'.repeat(40)}`;
    const whole = packed(text);
    expect(await messageOf(`#yaml=${whole.slice(0, whole.length - 7)}`)).toMatch(/cut short/);
    const bytes = Buffer.byteLength(text);
    const plain = encode(text);
    expect(await yamlOf(`#len=${bytes}&yaml=${plain}`)).toEqual({ status: 'ok', text });
    expect(await messageOf(`#len=${bytes}&yaml=${plain.slice(0, -8)}`)).toMatch(/cut short/);
  });

  it('names a format it does not know instead of misreading it', async () => {
    expect(await messageOf('#yaml=z9.AAAA')).toMatch(/format \(z9\).*newer version/);
    expect(await messageOf('#yaml=hello.world')).toMatch(/base64url/);
  });

  it('refuses a link that expands to too much text', async () => {
    const bomb = packed(Buffer.alloc(9 * 1024 * 1024, 0x61));
    expect(bomb.length).toBeLessThan(40_000);
    expect(await messageOf(`#yaml=${bomb}`)).toMatch(/more than 8 MB/);
  });
});

describe('writeFragment', () => {
  it('writes short documents as plain base64url that Node decodes, with their length', async () => {
    const text = 'cleaner:\n  tolerations: [{key: gpu}] # ✓\n';
    const hash = await writeFragment(text);
    const match = /^#len=(\d+)&yaml=([A-Za-z0-9_-]*)$/.exec(hash);
    expect(match?.[1]).toBe(String(Buffer.byteLength(text)));
    expect(Buffer.from(match?.[2] ?? '', 'base64url').toString('utf8')).toBe(text);
  });

  it('compresses when that is shorter', async () => {
    const text = `environment:\n  tolerations:\n${'    - {key: nvidia.com/gpu, operator: Exists}\n'.repeat(30)}`;
    const hash = await writeFragment(text);
    expect(hash.startsWith('#yaml=z1.')).toBe(true);
    expect(hash.length).toBeLessThan(encode(text).length / 3);
    expect(await yamlOf(hash)).toEqual({ status: 'ok', text });
  });

  it('round-trips with readFragment and leaves default options out', async () => {
    const text = 'environment:\n  restartPolicy: Never\n';
    expect(await writeFragment(text, { kind: 'auto', policy: 'none' })).not.toMatch(/kind|policy/);
    expect(
      await readFragment(await writeFragment(text, { kind: 'environment', policy: 'baseline' })),
    ).toEqual({
      yaml: { status: 'ok', text },
      kind: 'environment',
      policy: 'baseline',
    });
  });
});
