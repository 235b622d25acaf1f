// Floor: the fastest the app could be. Bare MapLibre drawing the same basemap, routes and places by URL.
import bordersUrl from '../../../geo/basemap/borders.geojson?url';
import countriesUrl from '../../../geo/basemap/countries.geojson?url';
import landUrl from '../../../geo/basemap/land.geojson?url';
import { startBareMap } from '../shared/maplibre-page';
import { absolute, bareStyle } from '../shared/style';

startBareMap(
  bareStyle({
    sources: {
      'basemap-land': { type: 'geojson', data: absolute(landUrl) },
      'basemap-countries': { type: 'geojson', data: absolute(countriesUrl), promoteId: 'id' },
      'basemap-borders': { type: 'geojson', data: absolute(bordersUrl) },
    },
    land: 'basemap-land',
    countries: 'basemap-countries',
    member: ['==', ['get', 'member'], true],
    borders: 'basemap-borders',
  }),
);
