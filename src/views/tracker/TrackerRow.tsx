// One statement in the forecast tracker: when said and by whom, the year and value, and its outcome with
// the actual figures it was judged against (each opening its sources) or the growth a year still needed.
import type { ForecastOutcome } from '../../analysis/forecasts';
import type { Dataset } from '../../data/schema';
import { formatDate, formatNumber, formatValue } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages/en';
import { featureOf, nameOf } from '../../state/derive';
import { citations } from '../../ui/cite';
import { useApp } from '../../ui/context';
import { Derived } from '../../ui/Derived';
import { useViewT } from '../i18n';
import { TRACKER_MESSAGES, type TrackerKey } from './messages';

export function TrackerRow({ row, dataset }: { row: ForecastOutcome; dataset: Dataset }) {
  const { actions } = useApp();
  const { lang, t, vt } = useViewT(TRACKER_MESSAGES);
  const { figure, outcome } = row;
  const feature = featureOf(dataset, figure.subject);
  const byId = new Map(dataset.sources.map((s) => [s.id, s]));
  const pct = (x: number) => formatNumber(x * 100, lang, 1);
  return (
    <tr class={`outcome-${outcome.kind}`}>
      <td>
        <button type="button" class="link-button" onClick={() => actions.showOnMap(figure.subject)}>
          {feature ? nameOf(feature, lang) : figure.subject}
        </button>
        <br />
        <span class="muted">{t(`metric.${figure.metric}` as MessageKey)}</span>
      </td>
      <td>{figure.asOf ? formatDate(figure.asOf, lang) : vt('undated')}</td>
      <td>
        {figure.publishedBy ?? ''} <span class="muted">{citations(figure.sources, byId, lang)}</span>
      </td>
      <td>{row.year ?? vt('noYear')}</td>
      <td>{formatValue(figure.value, figure.unit, lang, figure.valueMax)}</td>
      <td>
        <strong>{vt(`outcome.${outcome.kind}` as TrackerKey)}</strong>
        {(outcome.kind === 'met' || outcome.kind === 'missed') && (
          <>
            {' '}
            {vt(`basis.${outcome.basis}` as TrackerKey)}:{' '}
            <Derived
              dataset={dataset}
              figureIds={outcome.actualIds}
              label={vt('actual')}
              text={vt('actual')}
            />
          </>
        )}
        {outcome.kind === 'pending' && outcome.required && outcome.fromYear !== null && (
          <>
            {' '}
            <Derived
              dataset={dataset}
              figureIds={[figure.id, ...outcome.required.figureIds]}
              label={vt('actual')}
              text={vt('needs', {
                value:
                  outcome.required.min === outcome.required.max
                    ? pct(outcome.required.min)
                    : `${pct(outcome.required.min)}–${pct(outcome.required.max)}`,
                from: outcome.fromYear,
              })}
            />
          </>
        )}
        {outcome.kind === 'unknown' && <span> — {vt(`reason.${outcome.reason}` as TrackerKey)}</span>}
      </td>
    </tr>
  );
}
