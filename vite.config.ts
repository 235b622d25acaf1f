// Build and test configuration: one Vite config for the app, and the three Vitest projects
// (unit in node, component in jsdom, e2e driving the production build in headless Chromium).
import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { cspPlugin } from './build/csp.ts';
import { inlineCssPlugin } from './build/inline-css.ts';
import { preloadDataPlugin } from './build/preload.ts';
import { prerenderShellPlugin } from './build/prerender.ts';

export default defineConfig({
  base: './',
  // The CSP plugin after the ones that write inline script and style: it hashes them.
  plugins: [preact(), prerenderShellPlugin(), inlineCssPlugin(), cspPlugin(), preloadDataPlugin()],
  // MapLibre ships its own worker; pre-bundling it breaks the worker in dev.
  optimizeDeps: { exclude: ['maplibre-gl'] },
  build: {
    target: 'es2022',
    assetsInlineLimit: 0,
    sourcemap: false,
    // MapLibre is one ~1 MB chunk by design (loaded on demand, after the first paint); Vite's 500 kB
    // warning would be printed on every build for it.
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
      output: {
        // Serve the basemap as .json: static servers (and `vite preview`) compress application/json but
        // not application/geo+json, which tripled the basemap's bytes on the wire.
        assetFileNames: (asset) =>
          asset.originalFileNames?.some((name) => name.includes('geo/basemap/'))
            ? 'assets/basemap-[name]-[hash].json'
            : 'assets/[name]-[hash][extname]',
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['tests/component/**/*.test.tsx'],
          setupFiles: ['tests/component/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
