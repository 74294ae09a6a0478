import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';

let outDir: string | null = null;
let building: Promise<string> | null = null;

/**
 * The app built once per bench run into a temporary directory (the bundle size and the browser
 * figures share it); its path. Removed by {@link removeAppBuild}.
 */
export function appBuild(): Promise<string> {
  building ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), 'px-bench-build-'));
    outDir = dir;
    await build({ logLevel: 'error', build: { outDir: dir, emptyOutDir: true } });
    return dir;
  })();
  return building;
}

/** Deletes the build, if one was made. */
export function removeAppBuild(): void {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
  outDir = null;
  building = null;
}
