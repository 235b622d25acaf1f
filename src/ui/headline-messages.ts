// The panel headline's messages in az, ru and en (loaded with the panel chunk, not on the first screen).
import type { Catalogue } from '../views/i18n';

const en = {
  title: 'At a glance',
  scopeAll: 'Whole route or facility',
  'scope.seaports-only': 'Counting only cargo through the seaports',
  latest: 'Latest full year',
  capacity: 'Capacity in force that year',
  utilisation: 'Utilisation',
  growth: 'Growth achieved',
  target: 'Nearest target or forecast',
  required: 'Growth a year it needs',
  pct: '{value}%',
  perYear: '{value}% a year ({from}–{to})',
  perYearTo: '{value}% a year from {from}',
  inYear: '{value} in {year}',
  noActual: 'No full-year figure of cargo carried or handled is published for this feature.',
  noCapacity: 'no dated capacity covers {year}',
  oneYear: 'only one full year published',
  'verdict.ahead': 'Ahead: growth achieved exceeds what the target needs by a quarter or more.',
  'verdict.on-track': 'On track: growth achieved is at least what the target needs.',
  'verdict.behind': 'Behind: growth achieved is below what the target needs.',
  'verdict.reached': 'Reached: the latest actual already meets the target.',
  'verdict.unknown':
    'No verdict: the data give no growth rate, or the sources disagree across the line between two verdicts.',
  from: 'From {count} figures: show',
  derivedFrom: 'Computed from',
} as const;

export type HeadlineKey = keyof typeof en;

const az: Record<HeadlineKey, string> = {
  title: 'Qısaca',
  scopeAll: 'Bütün marşrut və ya obyekt',
  'scope.seaports-only': 'Yalnız dəniz limanlarından keçən yük',
  latest: 'Son tam il',
  capacity: 'Həmin il qüvvədə olan güc',
  utilisation: 'İstifadə dərəcəsi',
  growth: 'Əldə olunan artım',
  target: 'Ən yaxın hədəf və ya proqnoz',
  required: 'Tələb olunan illik artım',
  pct: '{value}%',
  perYear: 'ildə {value}% ({from}–{to})',
  perYearTo: '{from}-dən ildə {value}%',
  inYear: '{year}: {value}',
  noActual: 'Bu obyekt üçün daşınan və ya emal olunan yük üzrə tam illik rəqəm dərc olunmayıb.',
  noCapacity: '{year} ilini əhatə edən tarixli güc yoxdur',
  oneYear: 'yalnız bir tam il dərc olunub',
  'verdict.ahead': 'Qabaqdadır: əldə olunan artım hədəfin tələb etdiyindən ən azı dörddə bir çoxdur.',
  'verdict.on-track': 'Qrafikdədir: əldə olunan artım hədəfin tələb etdiyindən az deyil.',
  'verdict.behind': 'Geridədir: əldə olunan artım hədəfin tələb etdiyindən azdır.',
  'verdict.reached': 'Çatılıb: son faktiki rəqəm artıq hədəfə çatır.',
  'verdict.unknown':
    'Qərar yoxdur: məlumatlar artım tempini vermir və ya mənbələr iki qərar arasındakı həddin hər iki tərəfindədir.',
  from: '{count} rəqəmdən: göstər',
  derivedFrom: 'Hesablandığı rəqəmlər',
};

const ru: Record<HeadlineKey, string> = {
  title: 'Коротко',
  scopeAll: 'Весь маршрут или объект',
  'scope.seaports-only': 'Только грузы через морские порты',
  latest: 'Последний полный год',
  capacity: 'Мощность, действовавшая в тот год',
  utilisation: 'Загрузка',
  growth: 'Достигнутый рост',
  target: 'Ближайшая цель или прогноз',
  required: 'Нужный рост в год',
  pct: '{value} %',
  perYear: '{value} % в год ({from}–{to})',
  perYearTo: '{value} % в год с {from}',
  inYear: '{value} в {year} г.',
  noActual: 'Для этого объекта не опубликовано ни одной цифры перевозок или перевалки за полный год.',
  noCapacity: 'нет датированной мощности, покрывающей {year} г.',
  oneYear: 'опубликован только один полный год',
  'verdict.ahead': 'С опережением: достигнутый рост превышает нужный для цели на четверть и более.',
  'verdict.on-track': 'По плану: достигнутый рост не ниже нужного для цели.',
  'verdict.behind': 'С отставанием: достигнутый рост ниже нужного для цели.',
  'verdict.reached': 'Достигнуто: последняя фактическая цифра уже соответствует цели.',
  'verdict.unknown':
    'Без оценки: данные не дают темпа роста или источники расходятся по разные стороны границы между оценками.',
  from: 'Из {count} цифр: показать',
  derivedFrom: 'Рассчитано по',
};

export const HEADLINE_MESSAGES: Catalogue<HeadlineKey> = { en, az, ru };
