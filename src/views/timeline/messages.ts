// The Timeline view's messages in az, ru and en (same keys in each; tests/unit/views-catalogues.test.ts).
import type { Catalogue } from '../i18n';

const en = {
  title: 'Timeline of relations',
  intro:
    'Every dated event in the atlas, from independence to today: diplomatic relations and embassies, visits, summits, documents signed and openings. Each links its sources and its countries’ panels.',
  country: 'Country',
  kind: 'Kind',
  any: 'All',
  count: '{shown} of {total} events',
  axis: 'Events on a time axis, {from}–{to} (the same events are listed below)',
  'kind.visit': 'visit',
  'kind.summit': 'summit',
  'kind.document': 'document signed',
  'kind.diplomatic': 'diplomatic',
  'kind.opening': 'opening',
  'kind.resolution': 'resolution',
  sources: 'Sources',
  countries: 'Countries',
  none: 'No event matches these filters.',
} as const;

export type TimelineKey = keyof typeof en;

const az: Record<TimelineKey, string> = {
  title: 'Münasibətlərin xronologiyası',
  intro:
    'Atlasdakı bütün tarixli hadisələr, müstəqillikdən bu günə qədər: diplomatik münasibətlər və səfirliklər, səfərlər, zirvə görüşləri, imzalanan sənədlər və açılışlar. Hər biri mənbələrinə və ölkələrinin panellərinə keçid verir.',
  country: 'Ölkə',
  kind: 'Növ',
  any: 'Hamısı',
  count: '{total} hadisədən {shown}',
  axis: 'Zaman oxunda hadisələr, {from}–{to} (eyni hadisələr aşağıda siyahı şəklindədir)',
  'kind.visit': 'səfər',
  'kind.summit': 'zirvə görüşü',
  'kind.document': 'sənəd imzalanıb',
  'kind.diplomatic': 'diplomatik',
  'kind.opening': 'açılış',
  'kind.resolution': 'qətnamə',
  sources: 'Mənbələr',
  countries: 'Ölkələr',
  none: 'Bu filtrlərə uyğun hadisə yoxdur.',
};

const ru: Record<TimelineKey, string> = {
  title: 'Хронология отношений',
  intro:
    'Все датированные события атласа, от независимости до наших дней: дипломатические отношения и посольства, визиты, саммиты, подписанные документы и открытия. У каждого — ссылки на источники и на панели стран.',
  country: 'Страна',
  kind: 'Тип',
  any: 'Все',
  count: '{shown} из {total} событий',
  axis: 'События на оси времени, {from}–{to} (те же события перечислены ниже)',
  'kind.visit': 'визит',
  'kind.summit': 'саммит',
  'kind.document': 'подписан документ',
  'kind.diplomatic': 'дипломатия',
  'kind.opening': 'открытие',
  'kind.resolution': 'резолюция',
  sources: 'Источники',
  countries: 'Страны',
  none: 'Нет событий, подходящих под эти фильтры.',
};

export const TIMELINE_MESSAGES: Catalogue<TimelineKey> = { en, az, ru };
