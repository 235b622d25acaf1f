// The trade chart's and the chart export's messages in az, ru and en (loaded with the panel chunk).
import type { Catalogue } from '../views/i18n';

const en = {
  title: 'Trade with Azerbaijan by year: {country} (million US dollars)',
  turnover: 'Turnover',
  flows: 'Azerbaijan’s exports and imports, full years',
  desc: 'Turnover by year, one line per source of statistics; hollow markers are part-year values labelled with their months; dashed horizontal lines are targets. Below, Azerbaijan’s exports and imports by full year as bars.',
  partYear: 'Part of a year (hollow, months shown)',
  target: 'Target (dashed, who set it and when)',
  'target.label': '{value}: {who}, {year}',
  'target.for': 'for {year}',
  'target.point': 'Target of {value} set by {who}, {year}. {source}.',
  'target.who': 'not named',
  undated: 'undated',
  point: '{series}, {period}: {value}. {source}, {date}.',
  partPoint: '{series}, {period} (part of the year): {value}. {source}, {date}.',
  bar: '{flow}, {period}: {value} ({series}). {source}, {date}.',
  yearRule: 'Year on the map: {year}',
  saveSvg: 'Save chart as SVG',
  savePng: 'Save chart as PNG',
  sourceLine: 'Sources: {publishers}. Corridor Atlas, {date}',
  pictureTitle: '{chart} — {subject}',
} as const;

export type ChartKey = keyof typeof en;

const az: Record<ChartKey, string> = {
  title: 'Azərbaycanla ticarət illər üzrə: {country} (milyon ABŞ dolları)',
  turnover: 'Dövriyyə',
  flows: 'Azərbaycanın ixracı və idxalı, tam illər',
  desc: 'İllər üzrə dövriyyə, hər statistika mənbəyi üçün bir xətt; içi boş işarələr ilin bir hissəsinə aid rəqəmlərdir və ayları göstərilir; qırıq üfüqi xətlər hədəflərdir. Aşağıda Azərbaycanın tam illər üzrə ixracı və idxalı sütunlarla.',
  partYear: 'İlin bir hissəsi (içi boş, aylar göstərilir)',
  target: 'Hədəf (qırıq xətt, kim və nə vaxt qoyub)',
  'target.label': '{value}: {who}, {year}',
  'target.for': '{year} üçün',
  'target.point': '{value} hədəfi, qoyan: {who}, {year}. {source}.',
  'target.who': 'göstərilməyib',
  undated: 'tarixsiz',
  point: '{series}, {period}: {value}. {source}, {date}.',
  partPoint: '{series}, {period} (ilin bir hissəsi): {value}. {source}, {date}.',
  bar: '{flow}, {period}: {value} ({series}). {source}, {date}.',
  yearRule: 'Xəritənin ili: {year}',
  saveSvg: 'Qrafiki SVG kimi saxla',
  savePng: 'Qrafiki PNG kimi saxla',
  sourceLine: 'Mənbələr: {publishers}. Corridor Atlas, {date}',
  pictureTitle: '{chart} — {subject}',
};

const ru: Record<ChartKey, string> = {
  title: 'Торговля с Азербайджаном по годам: {country} (млн долларов США)',
  turnover: 'Товарооборот',
  flows: 'Экспорт и импорт Азербайджана, полные годы',
  desc: 'Товарооборот по годам, по линии на каждый источник статистики; полые маркеры — данные за часть года с указанием месяцев; пунктирные горизонтальные линии — цели. Ниже — экспорт и импорт Азербайджана за полные годы столбцами.',
  partYear: 'Часть года (полый маркер, месяцы указаны)',
  target: 'Цель (пунктир, кто и когда поставил)',
  'target.label': '{value}: {who}, {year}',
  'target.for': 'на {year} г.',
  'target.point': 'Цель {value}, поставил(а): {who}, {year}. {source}.',
  'target.who': 'не назван',
  undated: 'без даты',
  point: '{series}, {period}: {value}. {source}, {date}.',
  partPoint: '{series}, {period} (часть года): {value}. {source}, {date}.',
  bar: '{flow}, {period}: {value} ({series}). {source}, {date}.',
  yearRule: 'Год на карте: {year}',
  saveSvg: 'Сохранить график в SVG',
  savePng: 'Сохранить график в PNG',
  sourceLine: 'Источники: {publishers}. Corridor Atlas, {date}',
  pictureTitle: '{chart} — {subject}',
};

export const CHART_MESSAGES: Catalogue<ChartKey> = { en, az, ru };
