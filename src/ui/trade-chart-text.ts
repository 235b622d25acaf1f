// What the trade chart says: its title, each mark's description, target labels and the legend, in the reader's language.
import type { Dataset, Figure } from '../data/schema';
import type { LegendEntry } from '../export/chart-picture';
import { formatNumber, formatPeriod, formatValue, LOCALES } from '../i18n/i18n';
import { fill, useViewT } from '../views/i18n';
import { CHART_MESSAGES } from './chart-messages';
import { citations, figureDate } from './cite';
import { HEADLINE_MESSAGES, type HeadlineKey } from './headline-messages';
import { reporterKind, type TradeChartModel } from './trade-chart-model';
import { FLOW_FILL, SERIES_STYLE, TARGET_COLOR } from './trade-chart-style';

const MAX_WHO = 44;

export function useTradeChartText(dataset: Dataset, countryId: string, model: TradeChartModel) {
  const { lang, t, vt } = useViewT(CHART_MESSAGES);
  const ht = (key: HeadlineKey, params?: Record<string, string>) =>
    fill(HEADLINE_MESSAGES[lang][key], params);
  const byId = new Map(dataset.sources.map((s) => [s.id, s]));
  const countryName = (id: string) => dataset.countries.find((c) => c.id === id)?.name[lang] ?? id;
  const reporter = (code: string | null | undefined) => {
    const kind = reporterKind(code ?? undefined);
    return kind === 'partner'
      ? ht('reporter.partner', { country: countryName(code ?? '') })
      : ht(`reporter.${kind}`);
  };
  const targetYear = (f: Figure) =>
    [
      f.asOf?.slice(0, 4) ?? vt('undated'),
      f.period ? vt('target.for', { year: (f.period.to ?? f.period.from).slice(0, 4) }) : '',
    ]
      .filter(Boolean)
      .join(', ');
  const partial = new Set(
    model.series.flatMap((s) => s.points.filter((p) => p.partial).map((p) => p.figure.id)),
  );

  const describe = (f: Figure) => {
    const common = {
      series: reporter(f.reporter),
      value: formatValue(f.value, 'USD-million', lang),
      source: citations(f.sources, byId, lang),
      date: figureDate(f, lang),
      period: f.period ? formatPeriod(f.period, lang) : '',
    };
    if (f.status === 'target')
      return vt('target.point', { ...common, who: f.publishedBy ?? vt('target.who'), year: targetYear(f) });
    if (f.metric !== 'trade') return vt('bar', { ...common, flow: ht(`trade.${f.metric as 'exports'}`) });
    return vt(partial.has(f.id) ? 'partPoint' : 'point', common);
  };

  const targetLabel = (f: Figure) => {
    const who = f.publishedBy ?? vt('target.who');
    const short = who.length > MAX_WHO ? `${who.slice(0, MAX_WHO - 1)}…` : who;
    return vt('target.label', { value: formatNumber(f.value, lang, 1), who: short, year: targetYear(f) });
  };

  const cap = (s: string) => s.charAt(0).toLocaleUpperCase(LOCALES[lang]) + s.slice(1);
  const legend: LegendEntry[] = model.series.map((s) => ({
    label: cap(reporter(s.reporter)),
    ...SERIES_STYLE[s.kind],
  }));
  if (partial.size)
    legend.push({ label: vt('partYear'), color: '#555555', width: 0, marker: 'circle', hollow: true });
  if (model.targets.length)
    legend.push({ label: vt('target'), color: TARGET_COLOR, dash: '5 4', width: 1.2 });
  for (const flow of ['exports', 'imports'] as const)
    if (model.bars.some((b) => b.flow === flow))
      legend.push({ label: ht(`trade.${flow}`), color: FLOW_FILL[flow], marker: 'bar' });

  return {
    lang,
    t,
    vt,
    byId,
    title: vt('title', { country: countryName(countryId) }),
    describe,
    targetLabel,
    legend,
  };
}
