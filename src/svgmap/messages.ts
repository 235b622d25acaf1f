// The SVG map's messages in az, ru and en (same keys in each): its controls, the picture export's title,
// legend and source line. Shipped in the SVG map's own chunk, like the views' catalogues.
import type { Catalogue } from '../views/i18n';

const en = {
  label: 'Map of routes, ports and SPECA member states (drawn without WebGL)',
  hint: 'Drag or use the arrow keys to move, + and − to zoom; choose a route, port or country to read about it.',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  showList: 'Show as a list',
  save: 'Save map',
  saveSvg: 'Save map as SVG',
  savePng: 'Save map as PNG',
  title: 'Corridor Atlas: routes between Azerbaijan and Central Asia',
  sourceLine:
    'Basemap: Natural Earth. Data: Corridor Atlas, after N. Asadova (2024) and the sources it cites.',
  attribution: '© Natural Earth',
  'legend.members': 'SPECA member states',
  'legend.btk': 'Baku–Tbilisi–Kars railway',
  'legend.titr': 'Trans-Caspian route (Middle Corridor), rail',
  'legend.sea': 'sea crossing',
  'legend.ports': 'ports',
  'legend.capitals': 'capitals',
  'legend.places': 'stations and zones',
} as const;

export type SvgMapKey = keyof typeof en;

const az: Record<SvgMapKey, string> = {
  label: 'Marşrutların, limanların və SPECA üzv dövlətlərinin xəritəsi (WebGL olmadan çəkilib)',
  hint: 'Hərəkət etdirmək üçün sürüşdürün və ya ox düymələrindən, yaxınlaşdırmaq üçün + və − düymələrindən istifadə edin; haqqında oxumaq üçün marşrut, liman və ya ölkə seçin.',
  zoomIn: 'Yaxınlaşdır',
  zoomOut: 'Uzaqlaşdır',
  showList: 'Siyahı kimi göstər',
  save: 'Xəritəni saxla',
  saveSvg: 'Xəritəni SVG kimi saxla',
  savePng: 'Xəritəni PNG kimi saxla',
  title: 'Corridor Atlas: Azərbaycan ilə Mərkəzi Asiya arasındakı marşrutlar',
  sourceLine:
    'Əsas xəritə: Natural Earth. Məlumat: Corridor Atlas, N. Əsədova (2024) və onun istinad etdiyi mənbələr əsasında.',
  attribution: '© Natural Earth',
  'legend.members': 'SPECA üzv dövlətləri',
  'legend.btk': 'Bakı–Tbilisi–Qars dəmir yolu',
  'legend.titr': 'Transxəzər marşrutu (Orta Dəhliz), dəmir yolu',
  'legend.sea': 'dəniz keçidi',
  'legend.ports': 'limanlar',
  'legend.capitals': 'paytaxtlar',
  'legend.places': 'stansiyalar və zonalar',
};

const ru: Record<SvgMapKey, string> = {
  label: 'Карта маршрутов, портов и государств — членов СПЕКА (нарисована без WebGL)',
  hint: 'Перетаскивайте карту или используйте клавиши со стрелками, + и − для масштаба; выберите маршрут, порт или страну, чтобы прочитать о них.',
  zoomIn: 'Приблизить',
  zoomOut: 'Отдалить',
  showList: 'Показать списком',
  save: 'Сохранить карту',
  saveSvg: 'Сохранить карту в SVG',
  savePng: 'Сохранить карту в PNG',
  title: 'Corridor Atlas: маршруты между Азербайджаном и Центральной Азией',
  sourceLine:
    'Основа карты: Natural Earth. Данные: Corridor Atlas, по Н. Асадовой (2024) и источникам, на которые она ссылается.',
  attribution: '© Natural Earth',
  'legend.members': 'Государства — члены СПЕКА',
  'legend.btk': 'Железная дорога Баку — Тбилиси — Карс',
  'legend.titr': 'Транскаспийский маршрут (Средний коридор), железная дорога',
  'legend.sea': 'морская переправа',
  'legend.ports': 'порты',
  'legend.capitals': 'столицы',
  'legend.places': 'станции и зоны',
};

export const SVGMAP_MESSAGES: Catalogue<SvgMapKey> = { az, ru, en };
