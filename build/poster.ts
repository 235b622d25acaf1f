// Build only: the first-paint poster, the app's initial map as SVG, inlined in index.html so it shows before
// any module runs. The geometry is drawn once (<template id="poster">) for the whole clipped region; each
// language adds only its labels (<template id="poster-labels-az|ru|en">). src/shell/shell.js sets the
// poster's viewBox to the camera MapLibre will choose for the map container's size, so the two line up.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadDataset } from '../src/data/load.ts';
import { LANGS, type Lang } from '../src/data/schema.ts';
import { BASEMAP_EXTENT } from '../src/map/ids.ts';
import { renderMapSvg, resolveCamera, viewport } from '../src/render/index.ts';

/** The poster draws the clipped basemap's whole extent; any initial camera MapLibre chooses lies inside. */
const CLIP_BOUNDS_FOR_POSTER = BASEMAP_EXTENT;
/** Drawn at about the desktop map's zoom, so line widths and labels look the same there. */
const POSTER_WIDTH = 1240;

/** The templates to inline: the shared geometry and the labels of each language. */
export async function renderPosterTemplates(root: string): Promise<string> {
  const { dataset, errors } = await loadDataset((path) => readFile(join(root, path), 'utf8'));
  if (errors.length > 0) throw new Error(`poster: the data set has ${errors.length} invalid records`);
  const json = async (name: string) =>
    JSON.parse(await readFile(join(root, `geo/basemap/${name}.geojson`), 'utf8'));
  const basemap = {
    land: await json('land'),
    countries: await json('countries'),
    borders: await json('borders'),
    countryLabels: await json('country-labels'),
  };
  const width = POSTER_WIDTH;
  // The height that fits the clipped region at the width exactly (no padding, no constrain).
  const probe = resolveCamera({ bounds: CLIP_BOUNDS_FOR_POSTER }, width, 10_000);
  const corner = viewport(probe, width, 10_000).toScreen([
    CLIP_BOUNDS_FOR_POSTER[0],
    CLIP_BOUNDS_FOR_POSTER[1],
  ]);
  const top = viewport(probe, width, 10_000).toScreen([CLIP_BOUNDS_FOR_POSTER[2], CLIP_BOUNDS_FOR_POSTER[3]]);
  const height = Math.ceil(corner[1] - top[1]);
  const camera = resolveCamera({ bounds: CLIP_BOUNDS_FOR_POSTER }, width, height);
  const view = viewport(camera, width, height);
  // Poster x = mercatorX(lon) * worldSize + dx: shell.js computes the viewBox from these.
  const ws = 512 * 2 ** camera.zoom;
  const [x0, y0] = view.toScreen([0, 0]);
  const dx = x0 - 0.5 * ws;
  const dy = y0 - 0.5 * ws;
  const svgOf = (lang: Lang) =>
    renderMapSvg({
      basemap,
      dataset,
      visibleLayers: ['members', 'btk', 'titr', 'places'],
      lang,
      camera,
      width,
      height,
      attribution: '',
    })
      // Decorative and gone at the first idle: no accessible names (the live map has them).
      .replace(/<title>[^<]*<\/title>/g, '');
  const split = (svg: string) => {
    const labels = /<g class="labels"[\s\S]*?<\/g>/.exec(svg)?.[0] ?? '';
    return { labels, rest: svg.replace(labels, '<g class="poster-labels"/>').replace(/ lang="[a-z]+"/, '') };
  };
  const parts = LANGS.map((lang) => ({ lang, ...split(svgOf(lang)) }));
  const shared = parts[0]?.rest ?? '';
  for (const part of parts)
    if (part.rest !== shared) throw new Error(`poster: the geometry differs in ${part.lang}`);
  const root0 = shared
    .replace(/ role="img"/, ' aria-hidden="true" focusable="false"')
    .replace(/ aria-label="[^"]*"/, '')
    .replace(
      /^<svg/,
      `<svg data-ws="${ws.toFixed(3)}" data-dx="${dx.toFixed(3)}" data-dy="${dy.toFixed(3)}" preserveAspectRatio="none"`,
    )
    .replace(/ preserveAspectRatio="xMidYMid slice"/, '');
  return [
    `<template id="poster">${root0}</template>`,
    ...parts.map((p) => `<template id="poster-labels-${p.lang}">${p.labels}</template>`),
  ].join('\n    ');
}
