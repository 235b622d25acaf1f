// Prerenders the app's shell (title, language switch, legend, route list) into index.html, once per
// language, as <template id="shell-az|ru|en">. src/shell/shell.js, inlined right after <div id="app"> (the
// CSP allows it by hash), copies the reader's language into the page, so the shell is painted as soon as
// the HTML has arrived, before the app's modules; src/main.tsx then replaces it with the live app. The map
// poster (build/poster.ts) is inlined beside them and shown over the map area until the map's first idle.
// Build only.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import preact from '@preact/preset-vite';
import { createServer, type Plugin } from 'vite';

const APP_ROOT = '<div id="app"></div>';

export function prerenderShellPlugin(): Plugin {
  let root = process.cwd();
  return {
    name: 'corridor-atlas-prerender-shell',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        if (!html.includes(APP_ROOT)) throw new Error(`index.html: ${APP_ROOT} not found`);
        const server = await createServer({
          root,
          configFile: false,
          logLevel: 'silent',
          plugins: [preact()],
          server: { middlewareMode: true, hmr: false, ws: false },
          appType: 'custom',
          optimizeDeps: { noDiscovery: true, include: [] },
        });
        try {
          // The app's modules are loaded through this server, never imported by the config itself: Vite's
          // config loader would otherwise bundle (and warn about) every module they import.
          const { renderShell, LANGS, loadCatalogue } = (await server.ssrLoadModule(
            '/src/shell/prerender.tsx',
          )) as {
            renderShell: (lang: string) => string;
            LANGS: readonly string[];
            loadCatalogue: (lang: string) => Promise<void>;
          };
          for (const lang of LANGS) await loadCatalogue(lang);
          const { renderPosterTemplates } = (await server.ssrLoadModule('/build/poster.ts')) as {
            renderPosterTemplates: (root: string) => Promise<string>;
          };
          const templates = LANGS.map(
            (lang) => `<template id="shell-${lang}">${renderShell(lang)}</template>`,
          ).join('\n    ');
          const poster = await renderPosterTemplates(root);
          const script = readFileSync(join(root, 'src/shell/shell.js'), 'utf8');
          if (/<\/script/i.test(script)) throw new Error('src/shell/shell.js: contains "</script"');
          return html.replace(
            APP_ROOT,
            `${APP_ROOT}\n    ${templates}\n    ${poster}\n    <script>${script}</script>`,
          );
        } finally {
          await server.close();
        }
      },
    },
  };
}
