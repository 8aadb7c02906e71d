import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The app is served and built from the repository root; `data/` (reference lists and the
// demo territory) is imported as modules, so nothing is fetched at run time.
export default defineConfig({
  plugins: [react()],
  worker: { format: 'es' },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  build: { outDir: 'dist', sourcemap: true },
});
