// Adds <link rel="preload" as="fetch"> for the data files the app fetches at start, so they download while
// the JS is parsed instead of after it. MapLibre's chunk is not preloaded: browsers without WebGL 2 never
// need it.
import type { HtmlTagDescriptor, Plugin } from 'vite';

const PRELOADED =
  /^(data\/[a-z-]+\.json|geo\/(places|routes)\.geojson|geo\/basemap\/country-labels\.geojson)$/;

export function preloadDataPlugin(): Plugin {
  return {
    name: 'corridor-atlas-preload-data',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const tags: HtmlTagDescriptor[] = [];
        for (const output of Object.values(ctx.bundle ?? {})) {
          if (output.type !== 'asset') continue;
          if (!output.originalFileNames.some((name) => PRELOADED.test(name))) continue;
          tags.push({
            tag: 'link',
            attrs: { rel: 'preload', as: 'fetch', crossorigin: 'anonymous', href: `./${output.fileName}` },
            injectTo: 'head',
          });
        }
        return tags;
      },
    },
  };
}
