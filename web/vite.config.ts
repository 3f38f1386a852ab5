import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The page is built into dist/web and served by `sitrep serve`; everything it needs (code, map
// outlines, styles) is bundled, so it never reaches the network.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 1000,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:8787' } },
});
