// The year legend's and announcements' messages in az, ru and en (loaded on demand, not on the first screen).
import type { Catalogue } from '../views/i18n';

const en = {
  'name.btk': 'BTK',
  'name.titr': 'TITR',
  'width.cargo': 'Width: cargo carried in {year}, full year',
  'width.capacity': 'Width: capacity in force in {year}',
  mt: '{value} Mt',
  rangeMt: '{min}–{max} Mt (sources differ)',
  'kind.forecast': '{value}, forecast or target',
  noData: 'no data for {year}',
  dashedNoData: 'thin, dashed: no data for {year}',
  dashedForecast: 'dashed, lighter: forecast or target, no actual yet',
  hover: '{name}, {year}: {value}',
  sourced: '{value} ({sources})',
  announce: '{year}: {list}',
  none: 'no figures for the routes and ports',
  tradeTitle: 'Trade turnover with Azerbaijan, {year}, full year (million US dollars)',
  usd: '{value} million USD',
  tradeNoData: 'no data',
  reporters: 'Statistics used: {list}',
  'reporter.AZE': 'Azerbaijan’s ({countries})',
  'reporter.partner': 'the partner’s ({countries})',
} as const;

export type YearLegendKey = keyof typeof en;

const az: Record<YearLegendKey, string> = {
  'name.btk': 'BTQ',
  'name.titr': 'TBNM',
  'width.cargo': 'En: {year} ildə daşınan yük, tam il',
  'width.capacity': 'En: {year} ildə qüvvədə olan buraxılış qabiliyyəti',
  mt: '{value} mln t',
  rangeMt: '{min}–{max} mln t (mənbələr fərqlənir)',
  'kind.forecast': '{value}, proqnoz və ya hədəf',
  noData: '{year} üçün məlumat yoxdur',
  dashedNoData: 'nazik, qırıq xətt: {year} üçün məlumat yoxdur',
  dashedForecast: 'qırıq, açıq xətt: proqnoz və ya hədəf, faktiki rəqəm hələ yoxdur',
  hover: '{name}, {year}: {value}',
  sourced: '{value} ({sources})',
  announce: '{year}: {list}',
  none: 'marşrutlar və limanlar üçün rəqəm yoxdur',
  tradeTitle: 'Azərbaycanla ticarət dövriyyəsi, {year}, tam il (milyon ABŞ dolları)',
  usd: '{value} milyon ABŞ dolları',
  tradeNoData: 'məlumat yoxdur',
  reporters: 'İstifadə olunan statistika: {list}',
  'reporter.AZE': 'Azərbaycanın ({countries})',
  'reporter.partner': 'tərəf-müqabilin ({countries})',
};

const ru: Record<YearLegendKey, string> = {
  'name.btk': 'БТК',
  'name.titr': 'ТМТМ',
  'width.cargo': 'Толщина: перевезённый груз в {year} г., полный год',
  'width.capacity': 'Толщина: мощность, действовавшая в {year} г.',
  mt: '{value} млн т',
  rangeMt: '{min}–{max} млн т (источники расходятся)',
  'kind.forecast': '{value}, прогноз или цель',
  noData: 'нет данных за {year} г.',
  dashedNoData: 'тонкая пунктирная: нет данных за {year} г.',
  dashedForecast: 'пунктирная, светлее: прогноз или цель, факта ещё нет',
  hover: '{name}, {year}: {value}',
  sourced: '{value} ({sources})',
  announce: '{year}: {list}',
  none: 'нет цифр по маршрутам и портам',
  tradeTitle: 'Товарооборот с Азербайджаном, {year} г., полный год (млн долларов США)',
  usd: '{value} млн долларов США',
  tradeNoData: 'нет данных',
  reporters: 'Использована статистика: {list}',
  'reporter.AZE': 'Азербайджана ({countries})',
  'reporter.partner': 'партнёра ({countries})',
};

export const YEAR_LEGEND_MESSAGES: Catalogue<YearLegendKey> = { en, az, ru };
