// Every figure of a feature as a table with status, as-of date and sources; disputed values are
// grouped with a visible "sources disagree" note instead of one being picked.
import type { Figure, Source } from '../data/schema';
import { formatPeriod, formatValue } from '../i18n/i18n';
import { disputesIn } from '../state/derive';
import { citations, figureDate } from './cite';
import { useT } from './context';

function useDescribe() {
  const { lang, t } = useT();
  return (figure: Figure | undefined) =>
    figure
      ? [t(`metric.${figure.metric}`), figure.period ? formatPeriod(figure.period, lang) : '']
          .filter(Boolean)
          .join(', ')
      : '';
}

function Row({
  figure,
  byId,
  disputed,
}: {
  figure: Figure;
  byId: ReadonlyMap<string, Source>;
  disputed: boolean;
}) {
  const { lang, t } = useT();
  return (
    <tr class={disputed ? 'disputed' : undefined} data-figure={figure.id}>
      <th scope="row">
        {t(`metric.${figure.metric}`)}
        {disputed && <span class="badge badge-dispute">{t('dispute.badge')}</span>}
      </th>
      <td>{figure.period ? formatPeriod(figure.period, lang) : '—'}</td>
      <td class="num">{formatValue(figure.value, figure.unit, lang, figure.valueMax)}</td>
      <td>
        {t(`status.${figure.status}`)}
        {figure.publishedBy && <> {t('table.publishedBy', { who: figure.publishedBy })}</>}
      </td>
      <td>{figureDate(figure, lang)}</td>
      <td>
        {citations(figure.sources, byId, lang)}
        {figure.note && (
          <details class="note">
            <summary>{t('table.note')}</summary>
            <p>{figure.note[lang]}</p>
          </details>
        )}
      </td>
    </tr>
  );
}

export function FigureTable({
  figures,
  byId,
}: {
  figures: readonly Figure[];
  byId: ReadonlyMap<string, Source>;
}) {
  const { t } = useT();
  const describe = useDescribe();
  const disputes = disputesIn(figures);
  const undisputed = figures.filter((f) => !f.dispute || !disputes.has(f.dispute));
  return (
    <div class="figure-table">
      {disputes.size > 0 && (
        <div class="dispute-notes" role="note">
          <ul>
            {[...disputes.values()].map((group) => (
              <li key={group[0]?.dispute} class="dispute-note">
                {t('dispute.note', { count: group.length, what: describe(group[0]) })}
              </li>
            ))}
          </ul>
        </div>
      )}
      {/* A scrolling region must be reachable by keyboard (axe scrollable-region-focusable). */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: lets keyboard users scroll the wide table */}
      <section class="table-scroll" tabIndex={0} aria-label={t('table.caption')}>
        <table>
          <caption>{t('table.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('table.metric')}</th>
              <th scope="col">{t('table.period')}</th>
              <th scope="col">{t('table.value')}</th>
              <th scope="col">{t('table.status')}</th>
              <th scope="col">{t('table.asOf')}</th>
              <th scope="col">{t('table.sources')}</th>
            </tr>
          </thead>
          {[...disputes.entries()].map(([key, group]) => (
            <tbody key={key} class="dispute-group">
              {group.map((f) => (
                <Row key={f.id} figure={f} byId={byId} disputed />
              ))}
            </tbody>
          ))}
          <tbody>
            {undisputed.map((f) => (
              <Row key={f.id} figure={f} byId={byId} disputed={false} />
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
