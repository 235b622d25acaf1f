// The search box's messages in az, ru and en (same keys in each).
import type { Catalogue } from '../views/i18n';

const en = {
  label: 'Search the atlas',
  placeholder: 'Search places, routes, events',
  none: 'No matches',
  count: '{count} matches',
  route: 'route',
  country: 'country',
  port: 'port',
  place: 'place',
  event: 'event',
} as const;

export type SearchKey = keyof typeof en;

const az: Record<SearchKey, string> = {
  label: 'Atlasda axtarış',
  placeholder: 'Yer, marşrut, hadisə axtarın',
  none: 'Heç nə tapılmadı',
  count: '{count} nəticə',
  route: 'marşrut',
  country: 'ölkə',
  port: 'liman',
  place: 'yer',
  event: 'hadisə',
};

const ru: Record<SearchKey, string> = {
  label: 'Поиск по атласу',
  placeholder: 'Места, маршруты, события',
  none: 'Ничего не найдено',
  count: 'Найдено: {count}',
  route: 'маршрут',
  country: 'страна',
  port: 'порт',
  place: 'место',
  event: 'событие',
};

export const SEARCH_MESSAGES: Catalogue<SearchKey> = { en, az, ru };
