import react from '@vitejs/plugin-react';
import postcssPresetMantine from 'postcss-preset-mantine';
import { defineConfig } from 'vitest/config';

// Absolute paths, so the config works whatever directory Nx or a developer runs it from.
const webRoot = decodeURIComponent(new URL('.', import.meta.url).pathname);
const repoRoot = decodeURIComponent(new URL('../../', import.meta.url).pathname);

export default defineConfig({
  root: webRoot,
  cacheDir: `${repoRoot}node_modules/.vite/web`,
  plugins: [react()],
  resolve: {
    alias: {
      '@relais/domain': `${repoRoot}libs/domain/src/index.ts`,
      '@': `${webRoot}src`,
    },
  },
  css: {
    postcss: { plugins: [postcssPresetMantine()] },
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: {
      '/api': { target: 'http://localhost:3000', changeOrigin: false },
    },
  },
  preview: {
    port: 4173,
    proxy: {
      '/api': { target: 'http://localhost:3000', changeOrigin: false },
    },
  },
  build: {
    outDir: `${repoRoot}dist/web`,
    emptyOutDir: true,
    sourcemap: true,
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.spec.{ts,tsx}'],
    setupFiles: ['src/testing/setup-tests.ts'],
    css: false,
    restoreMocks: true,
    unstubGlobals: true,
    // a budget against hangs, not a speed check: rendering Mantine screens in jsdom on a busy
    // two-core CI machine takes seconds (vitest's 5 s default failed a CI run)
    testTimeout: 30_000,
  },
});
