// The Sources view's messages in az, ru and en (same keys in each; tests/unit/views-catalogues.test.ts).
import type { Catalogue } from '../i18n';

const en = {
  title: 'Sources',
  intro:
    'Every source behind the figures, events and descriptions of the atlas. Titles are as published, in their own language; a link opens the page that states the figure.',
  count: 'Showing {shown} of {total} sources · {linked} with a link',
  feature: 'About',
  type: 'Type',
  language: 'Language',
  sort: 'Order',
  any: 'All',
  newest: 'Newest first',
  oldest: 'Oldest first',
  'type.official': 'official',
  'type.agency': 'news agency',
  'type.press': 'press',
  'type.report': 'report',
  'type.academic': 'academic',
  'type.dataset': 'dataset',
  reprint: 'reprinting {publisher}',
  supports: 'Supports',
  figures: 'Figures',
  events: '{count} dated events',
  noUrl: 'No link: {reason}',
  cite: 'Cite these sources',
  csl: 'CSL-JSON (Zotero)',
  bibtex: 'BibTeX',
  none: 'No source matches these filters.',
} as const;

export type SourcesKey = keyof typeof en;

const az: Record<SourcesKey, string> = {
  title: 'Mənbələr',
  intro:
    'Atlasdakı rəqəmlərin, hadisələrin və təsvirlərin bütün mənbələri. Başlıqlar dərc olunduğu kimi, öz dilindədir; keçid rəqəmi bildirən səhifəni açır.',
  count: '{total} mənbədən {shown} göstərilir · {linked} keçidli',
  feature: 'Mövzu',
  type: 'Növ',
  language: 'Dil',
  sort: 'Sıra',
  any: 'Hamısı',
  newest: 'Əvvəlcə yenilər',
  oldest: 'Əvvəlcə köhnələr',
  'type.official': 'rəsmi',
  'type.agency': 'xəbər agentliyi',
  'type.press': 'mətbuat',
  'type.report': 'hesabat',
  'type.academic': 'elmi',
  'type.dataset': 'məlumat toplusu',
  reprint: '{publisher} materialının təkrar nəşri',
  supports: 'Dəstəklədiyi',
  figures: 'Rəqəmlər',
  events: '{count} tarixli hadisə',
  noUrl: 'Keçid yoxdur: {reason}',
  cite: 'Bu mənbələrə istinad',
  csl: 'CSL-JSON (Zotero)',
  bibtex: 'BibTeX',
  none: 'Bu filtrlərə uyğun mənbə yoxdur.',
};

const ru: Record<SourcesKey, string> = {
  title: 'Источники',
  intro:
    'Все источники цифр, событий и описаний атласа. Заголовки — как опубликованы, на языке оригинала; ссылка открывает страницу, где приведена цифра.',
  count: 'Показано {shown} из {total} источников · {linked} со ссылкой',
  feature: 'Объект',
  type: 'Тип',
  language: 'Язык',
  sort: 'Порядок',
  any: 'Все',
  newest: 'Сначала новые',
  oldest: 'Сначала старые',
  'type.official': 'официальный',
  'type.agency': 'информагентство',
  'type.press': 'пресса',
  'type.report': 'доклад',
  'type.academic': 'научный',
  'type.dataset': 'набор данных',
  reprint: 'перепечатка материала {publisher}',
  supports: 'Подтверждает',
  figures: 'Цифры',
  events: 'событий с датой: {count}',
  noUrl: 'Без ссылки: {reason}',
  cite: 'Цитировать эти источники',
  csl: 'CSL-JSON (Zotero)',
  bibtex: 'BibTeX',
  none: 'Нет источников, подходящих под эти фильтры.',
};

export const SOURCES_MESSAGES: Catalogue<SourcesKey> = { en, az, ru };
