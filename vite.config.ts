import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Everything is bundled locally: Monaco and its workers come from node_modules, never a CDN.
export default defineConfig({
  plugins: [react(), tailwindcss()],
  worker: { format: 'es' },
  // Found late by the dev optimizer otherwise, which reloads the page once (stack notes gotcha 10).
  optimizeDeps: { include: ['monaco-yaml/yaml.worker.js'] },
  build: {
    outDir: 'dist',
    // The lazily loaded Monaco chunk is large by nature; it is not on the first-paint path.
    chunkSizeWarningLimit: 4096,
    // Timing hints depend on the machine's load, not on the code; they only add noise to CI logs.
    rolldownOptions: { checks: { bundlerTimings: false } },
  },
  test: {
    include: ['src/**/*.test.ts', 'app/**/*.test.{ts,tsx}'],
  },
});
