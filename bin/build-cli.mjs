#!/usr/bin/env node
// Bundles the command line (src/cli) into dist-cli/ with esbuild, so that `maillage` starts
// without compiling TypeScript at each run (tsx: ~0.8 s, and again in each worker thread).
// Run by `npm ci` / `npm install` (the `prepare` script); bin/maillage.js falls back to the
// TypeScript source through tsx when the bundle is missing or older than the source.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

await build({
  absWorkingDir: root,
  entryPoints: {
    main: 'src/cli/main.ts',
    // thread-pool.ts starts `./centrality-worker.mjs` next to itself.
    'centrality-worker': 'src/cli/centrality-worker-entry.ts',
  },
  outdir: 'dist-cli',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Dependencies stay in node_modules (the same versions the app runs).
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
