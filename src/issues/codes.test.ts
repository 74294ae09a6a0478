import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CODES } from './codes';
import { renderCodesDoc } from './codesDoc';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('the code catalog', () => {
  it('knows every code the core can raise', () => {
    const used = new Set<string>();
    for (const file of sourceFiles('src')) {
      for (const m of readFileSync(file, 'utf8').matchAll(/code: '([a-z0-9-]+)'/g)) if (m[1]) used.add(m[1]);
    }
    const missing = [...used].filter((c) => !(c in CODES));
    expect(missing).toEqual([]);
  });
  it('is documented in docs/codes.md', () => {
    expect(readFileSync('docs/codes.md', 'utf8')).toBe(renderCodesDoc(CODES));
  });
});
