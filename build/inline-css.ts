// Inlines the app's own stylesheet into index.html (build only): the shell is then painted as soon as the
// HTML has arrived, without waiting for a render-blocking request that competes with the data preloads.
// The stylesheet is small (about 8 KB) and the CSP allows it by hash (csp.ts). MapLibre's stylesheet stays
// a file, loaded with the map.
import type { Plugin } from 'vite';

const STYLESHEET = /<link rel="stylesheet"(?: crossorigin)? href="\.\/(assets\/[\w-]+\.css)">/g;

export function inlineCssPlugin(): Plugin {
  return {
    name: 'corridor-atlas-inline-css',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return html;
        return html.replace(STYLESHEET, (tag, fileName: string) => {
          const asset = bundle[fileName];
          if (asset?.type !== 'asset') return tag;
          const css =
            typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source);
          if (/<\/style/i.test(css)) throw new Error(`${fileName}: contains "</style", cannot be inlined`);
          delete bundle[fileName];
          return `<style>${css}</style>`;
        });
      },
    },
  };
}
