// Naive: the same bare page, but with Natural Earth 50m countries of the whole world as GeoJSON, neither
// clipped nor simplified (written by bench/build-pages.mjs), standing in for land, countries and borders.

import worldUrl from '../../.build/generated/countries-50m.geojson?url';
import { startBareMap } from '../shared/maplibre-page';
import { absolute, bareStyle } from '../shared/style';

startBareMap(
  bareStyle({
    sources: { world: { type: 'geojson', data: absolute(worldUrl) } },
    land: 'world',
    countries: 'world',
    member: ['in', ['get', 'name'], ['literal', __BENCH_NAIVE_MEMBER_NAMES__]],
    borders: 'world',
  }),
);
