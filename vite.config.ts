import { fileURLToPath } from 'node:url';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { contentSecurityPolicyHeader, cspPlugin } from './build/cspPlugin.js';

/** The framework-free core (src/). */
const CORE_DIR = fileURLToPath(new URL('./src/', import.meta.url));

// Everything is bundled locally: Monaco and its workers come from node_modules, never a CDN.
export default defineConfig({
  plugins: [react(), tailwindcss(), cspPlugin()],
  worker: { format: 'es' },
  // Found late by the dev optimizer otherwise, which reloads the page once (stack notes gotcha 10).
  optimizeDeps: { include: ['monaco-yaml/yaml.worker.js'] },
  // `vite preview` (and so `npm start`) serves the built app with its policy as a header too.
  preview: { headers: { 'Content-Security-Policy': contentSecurityPolicyHeader() } },
  build: {
    outDir: 'dist',
    // The lazily loaded Monaco chunk is large by nature; it is not on the first-paint path.
    chunkSizeWarningLimit: 4096,
    // Timing hints depend on the machine's load, not on the code; they only add noise to CI logs.
    rolldownOptions: {
      checks: { bundlerTimings: false },
      // The core's modules only define things (docs/architecture.md), so the bundler may leave out
      // any the page does not use: src/index.ts re-exports everything, and without this every
      // module behind it (Zod, the rules, the fixes) would be loaded with the first page.
      treeshake: { moduleSideEffects: (id) => (id.startsWith(CORE_DIR) ? false : undefined) },
    },
  },
  test: {
    include: ['src/**/*.test.ts', 'app/**/*.test.{ts,tsx}', 'build/**/*.test.ts'],
    // Property tests run thousands of cases; a loaded two-core CI machine needs more than 5 s.
    testTimeout: 30_000,
  },
});
