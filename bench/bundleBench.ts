import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { appBuild } from './appBuild';
import { sizeFigure, type SizeFigure } from './report';

/** The budget of issue 7: the JavaScript the page loads before first paint, gzipped. */
export const INITIAL_JS_MAX_BYTES = 150_000;

/**
 * The files of the first-paint JavaScript: every script of the built index.html and every module
 * it preloads (the lazily loaded chunks, Monaco's among them, and the workers are not listed).
 */
export function initialScripts(html: string): string[] {
  const urls = [
    ...html.matchAll(/<script\b[^>]*\bsrc="([^"]+\.js)"/g),
    ...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+\.js)"/g),
  ].map((m) => m[1] ?? '');
  return [...new Set(urls)].filter((url) => url !== '');
}

/** Builds the app (into a temporary directory shared with the browser figures) and weighs its first-paint JavaScript. */
export async function bundleFigures(): Promise<SizeFigure[]> {
  const outDir = await appBuild();
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const parts = initialScripts(html).map((url) => ({
    name: url.replace(/^\//, ''),
    bytes: gzipSync(readFileSync(join(outDir, url))).length,
  }));
  return [
    sizeFigure(
      'initial-js-gzip',
      'Initial JavaScript of the page (index.html scripts and preloads; no Monaco, no workers), gzip',
      parts,
      INITIAL_JS_MAX_BYTES,
    ),
  ];
}
