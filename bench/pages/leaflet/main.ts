// Leaflet reference: the same basemap, routes, places and labels on Leaflet's canvas renderer (preferCanvas),
// the classic way to draw a few hundred kilobytes of GeoJSON. Painted: all layers added, then one frame.
import 'leaflet/dist/leaflet.css';
import '../shared/page.css';
import './labels.css';
import type { Feature, FeatureCollection, Geometry, Point } from 'geojson';
import * as L from 'leaflet';
import bordersUrl from '../../../geo/basemap/borders.geojson?url';
import countriesUrl from '../../../geo/basemap/countries.geojson?url';
import countryLabelsUrl from '../../../geo/basemap/country-labels.geojson?url';
import landUrl from '../../../geo/basemap/land.geojson?url';
import placesUrl from '../../../geo/places.geojson?url';
import routesUrl from '../../../geo/routes.geojson?url';
import { COLORS } from '../../../src/map/style';
import { mapContainer, markReady, setSize } from '../shared/container';

type Props = Record<string, unknown>;
type Collection = FeatureCollection<Geometry, Props>;

const [west, south, east, north] = __BENCH_REGION_BOUNDS__;
const container = mapContainer();
const map = L.map(container, {
  preferCanvas: true,
  zoomSnap: 0,
  attributionControl: false,
  zoomControl: false,
  minZoom: 3,
  maxZoom: 11,
});
map.fitBounds(
  [
    [south, west],
    [north, east],
  ],
  { padding: [20, 20] },
);

async function load(url: string): Promise<Collection> {
  const response = await fetch(url);
  return (await response.json()) as Collection;
}

function routeLayer(routes: Collection, keep: (p: Props) => boolean, style: L.PathOptions): L.GeoJSON {
  return L.geoJSON(routes, { filter: (f) => keep(f.properties ?? {}), style: () => style });
}

const MAIN_PLACES = new Set(['port-of-baku', 'alat-fez']);
const PLACE_COLORS: Record<string, string> = {
  port: '#0f5e8c',
  zone: '#f2b705',
  capital: '#ffffff',
};

function placeMarker(feature: Feature<Point, Props>, latlng: L.LatLng): L.CircleMarker {
  const p = feature.properties;
  const main = MAIN_PLACES.has(String(p.id));
  const kind = String(p.kind);
  const marker = L.circleMarker(latlng, {
    radius: main ? 7 : kind === 'port' ? 5.5 : 4,
    fillColor: PLACE_COLORS[kind] ?? '#5f5f5f',
    fillOpacity: 1,
    color: '#1f1f1f',
    weight: 1.2,
  });
  if (main || kind === 'port' || kind === 'capital' || kind === 'zone') {
    const name = (p.name as { en?: string } | undefined)?.en ?? '';
    marker.bindTooltip(name, {
      permanent: true,
      direction: 'bottom',
      offset: [0, 6],
      className: 'bench-label',
    });
  }
  return marker;
}

async function draw(): Promise<void> {
  const [land, countries, borders, labels, routes, places] = await Promise.all(
    [landUrl, countriesUrl, bordersUrl, countryLabelsUrl, routesUrl, placesUrl].map(load),
  );
  if (!land || !countries || !borders || !labels || !routes || !places) throw new Error('data missing');
  L.geoJSON(land, {
    interactive: false,
    style: () => ({ stroke: false, fillColor: COLORS.land, fillOpacity: 1 }),
  }).addTo(map);
  L.geoJSON(countries, {
    filter: (f) => f.properties?.member === true,
    style: () => ({ fillColor: COLORS.member, fillOpacity: 0.85, color: COLORS.memberOutline, weight: 1.2 }),
  }).addTo(map);
  L.geoJSON(borders, {
    interactive: false,
    style: () => ({ color: COLORS.border, weight: 0.8, dashArray: '3 2' }),
  }).addTo(map);
  const titr = (mode: string) => (p: Props) => p.route === 'titr' && p.mode === mode;
  const btk = (p: Props) => p.route === 'btk';
  routeLayer(routes, titr('rail'), {
    color: COLORS.titr,
    weight: 3,
    lineCap: 'round',
    lineJoin: 'round',
  }).addTo(map);
  routeLayer(routes, titr('sea'), {
    color: COLORS.titr,
    weight: 3,
    lineCap: 'butt',
    dashArray: '6 4.5',
  }).addTo(map);
  routeLayer(routes, btk, { color: COLORS.btk, weight: 5, lineCap: 'round', lineJoin: 'round' }).addTo(map);
  routeLayer(routes, btk, { color: '#ffffff', weight: 2, dashArray: '4 4' }).addTo(map);
  L.geoJSON(places, {
    pointToLayer: (feature, latlng) => placeMarker(feature as Feature<Point, Props>, latlng),
  }).addTo(map);
  const members = new Set(__BENCH_MEMBER_IDS__);
  for (const feature of labels.features) {
    if (feature.geometry.type !== 'Point') continue;
    const id = String(feature.properties?.id ?? '');
    const [lon, lat] = feature.geometry.coordinates;
    L.tooltip({
      permanent: true,
      direction: 'center',
      className: members.has(id) ? 'bench-label country member' : 'bench-label country',
    })
      .setLatLng([lat ?? 0, lon ?? 0])
      .setContent(__BENCH_COUNTRY_NAMES__.en[id] ?? id)
      .addTo(map);
  }
  requestAnimationFrame(markReady);
}

const bench = window as unknown as {
  __leafletMap?: L.Map;
  __benchResize?: (widthPx: number, heightPx: number) => void;
};
bench.__leafletMap = map;
bench.__benchResize = (widthPx, heightPx) => {
  setSize(container, widthPx, heightPx);
  map.invalidateSize({ animate: false });
};
draw().catch((error: unknown) => console.error('bench leaflet page failed', error));
