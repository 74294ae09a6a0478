/**
 * Hostile and absurd inputs, shared by the robustness tests and `npm run bench` (which times
 * them). Each is generated, deterministic and self-describing.
 */

/** 10,000 nested flow lists: `[[[[…]]]]` under environment.labels. */
export function deepFlow(depth = 10_000): string {
  return `environment:\n  labels: ${'['.repeat(depth)}${']'.repeat(depth)}\n`;
}

/** 10,000 nested flow mappings: `{a: {a: …}}` under environment.affinity. */
export function deepFlowMap(depth = 10_000): string {
  return `environment:\n  affinity: ${'{a: '.repeat(depth)}1${'}'.repeat(depth)}\n`;
}

/** 10,000 nested block lists in compact form: `- - - - x`. */
export function deepBlock(depth = 10_000): string {
  return `environment:\n  tolerations:\n    ${'- '.repeat(depth)}x\n`;
}

/** 1,000 nested block mappings, one space of indentation each (about 500 KB). */
export function deepIndent(depth = 1_000): string {
  const lines = ['environment:', '  affinity:'];
  for (let i = 0; i < depth; i++) lines.push(`${' '.repeat(i + 3)}k${i}:`);
  lines.push(`${' '.repeat(depth + 3)}x`);
  return `${lines.join('\n')}\n`;
}

/** The "billion laughs": ten levels of ten aliases, 10^10 values once expanded. */
export function billionLaughs(): string {
  const lines = ['environment:', '  annotations:', `    l0: &l0 [${Array(10).fill('"lol"').join(', ')}]`];
  for (let i = 1; i < 10; i++)
    lines.push(
      `    l${i}: &l${i} [${Array(10)
        .fill(`*l${i - 1}`)
        .join(', ')}]`,
    );
  lines.push('  labels: *l9', '  affinity:', '    nodeAffinity: {x: *l9}');
  return `${lines.join('\n')}\n`;
}

/** The same with mappings, at the top of a Polyaxon file, used from the environment. */
export function billionLaughsMap(): string {
  const lines = ['kind: component', 'x0: &x0 {a: lol, b: lol, c: lol, d: lol, e: lol}'];
  for (let i = 1; i < 12; i++) lines.push(`x${i}: &x${i} {a: *x${i - 1}, b: *x${i - 1}, c: *x${i - 1}}`);
  lines.push('run:', '  kind: job', '  environment:', '    nodeSelector: *x11', '    affinity: *x11');
  return `${lines.join('\n')}\n`;
}

/** A label value on one line of `length` characters. */
export function longLine(length = 500_000): string {
  return `environment:\n  labels:\n    example.com/long: ${'x'.repeat(length)}\n`;
}

/** A key of `length` characters (YAML allows at most 1024 for an implicit key). */
export function longKey(length = 1_000_000): string {
  return `environment:\n  labels:\n    ${'k'.repeat(length)}: v\n`;
}

/** One line holding a flow list of `count` tolerations. */
export function longFlowLine(count = 10_000): string {
  return `environment:\n  tolerations: [${Array(count).fill('{key: a, operator: Exists}').join(', ')}]\n`;
}

/** A valid environment with enough labels to make a text of about `bytes` characters. */
export function bigFile(bytes = 5 * 1024 * 1024): string {
  const lines = ['environment:', '  labels:'];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const line = `    example.com/key-${i}: value-${i}`;
    lines.push(line);
    size += line.length + 1;
  }
  return `${lines.join('\n')}\n`;
}

/** Random bytes (seeded), as a Latin-1 string: what a binary file looks like as text. */
export function binaryJunk(length = 100_000, seed = 1): string {
  let s = seed >>> 0;
  const chars: string[] = [];
  for (let i = 0; i < length; i++) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    chars.push(String.fromCharCode((s >>> 16) & 0xff));
  }
  return chars.join('');
}

/** A label value with a NUL byte inside. */
export function nulInside(): string {
  return 'environment:\n  labels:\n    team: vi\u0000sion\n';
}

/** Bytes that are not UTF-8: a valid start, then a lone continuation byte and a truncated sequence. */
export function invalidUtf8(): Uint8Array {
  const head = new TextEncoder().encode('environment:\n  labels:\n    team: ');
  return new Uint8Array([...head, 0x80, 0x41, 0xe2, 0x82]);
}
