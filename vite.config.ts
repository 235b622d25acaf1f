// Build and test configuration: one Vite config for the app, and the three Vitest projects
// (unit in node, component in jsdom, e2e driving the production build in headless Chromium).
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { cspPlugin } from './build/csp.ts';
import { inlineCssPlugin } from './build/inline-css.ts';
import { preloadDataPlugin } from './build/preload.ts';
import { prerenderShellPlugin } from './build/prerender.ts';

export default defineConfig({
  base: './',
  // The CSP plugin after the ones that write inline script and style: it hashes them.
  plugins: [
    preact(),
    prerenderShellPlugin(),
    inlineCssPlugin(),
    cspPlugin(),
    preloadDataPlugin(),
    // Offline: a generated Workbox service worker precaches the whole built app (JS incl. MapLibre and its
    // worker, HTML, data and basemap JSON). Registered from src/pwa/register.tsx, never by an inline script.
    VitePWA({
      strategies: 'generateSW',
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'Corridor Atlas',
        short_name: 'Corridor Atlas',
        description:
          'Offline map of Azerbaijan–Central Asia transport links: SPECA, BTK, the Middle Corridor',
        id: './',
        start_url: './',
        scope: './',
        display: 'standalone',
        theme_color: '#0b57d0',
        background_color: '#fbfaf7',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{html,js,mjs,css,json,geojson}'],
        // MapLibre's chunk is ~1 MB; Workbox skips files over 2 MiB by default without failing the build.
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
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
