// Trade with Azerbaijan by year for a member state: turnover, exports and imports, one value per reporter
// (Azerbaijan's statistics, the partner's, or unnamed), part-years with their months; each value opens its
// figure and source.
import { useId } from 'preact/hooks';
import type { Dataset, Figure } from '../data/schema';
import { formatNumber, formatPeriod } from '../i18n/i18n';
import { useViewT } from '../views/i18n';
import { Derived } from './Derived';
import { HEADLINE_MESSAGES, type HeadlineKey } from './headline-messages';

const FLOWS = ['trade', 'exports', 'imports'] as const;
const FLOW_LABEL: Record<(typeof FLOWS)[number], HeadlineKey> = {
  trade: 'trade.turnover',
  exports: 'trade.exports',
  imports: 'trade.imports',
};

export function TradeTable({ dataset, countryId }: { dataset: Dataset; countryId: string }) {
  const { lang, vt } = useViewT(HEADLINE_MESSAGES);
  const heading = useId();
  const figures = dataset.figures.filter(
    (f) => f.subject === countryId && f.status === 'actual' && FLOWS.includes(f.metric as 'trade'),
  );
  if (figures.length === 0) return null;
  const country = dataset.countries.find((c) => c.id === countryId);
  const periodKey = (f: Figure) => `${f.period?.from ?? ''}|${f.period?.to ?? ''}`;
  const periods = [...new Set(figures.map(periodKey))].sort().reverse();
  const reporter = (f: Figure) =>
    !f.reporter
      ? vt('reporter.none')
      : f.reporter === 'AZE'
        ? vt('reporter.AZE')
        : vt('reporter.partner', {
            country: dataset.countries.find((c) => c.id === f.reporter)?.name[lang] ?? f.reporter,
          });
  return (
    <section class="panel-section" aria-labelledby={heading}>
      <h3 id={heading}>{vt('trade')}</h3>
      <p class="note">{vt('trade.note')}</p>
      <div class="table-wrap">
        <table class="trade-table">
          <caption class="visually-hidden">{`${vt('trade')}: ${country?.name[lang] ?? countryId}`}</caption>
          <thead>
            <tr>
              <th scope="col">{vt('trade.year')}</th>
              {FLOWS.map((flow) => (
                <th key={flow} scope="col">
                  {vt(FLOW_LABEL[flow])}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {periods.map((key) => {
              const rows = figures.filter((f) => periodKey(f) === key);
              const first = rows[0];
              return (
                <tr key={key}>
                  <th scope="row">{first?.period ? formatPeriod(first.period, lang) : ''}</th>
                  {FLOWS.map((flow) => (
                    <td key={flow}>
                      {rows
                        .filter((f) => f.metric === flow)
                        .map((f) => (
                          <div key={f.id}>
                            <Derived
                              dataset={dataset}
                              figureIds={[f.id]}
                              label={reporter(f)}
                              text={formatNumber(f.value, lang, 1)}
                            />{' '}
                            <span class="muted">{reporter(f)}</span>
                          </div>
                        ))}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
