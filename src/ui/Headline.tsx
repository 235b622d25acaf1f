// The answer at the top of a route, port or country panel: latest actual, capacity in force, utilisation,
// growth achieved, the nearest target and the growth it needs, and a verdict; each number opens its figures.
// All numbers come from src/analysis; this component only formats them.
import { useId } from 'preact/hooks';
import type { Family, Range } from '../analysis/figure-facts';
import { type Headline as HeadlineData, subjectHeadline } from '../analysis/headline';
import type { Dataset, Metric, Unit } from '../data/schema';
import { formatNumber, formatValue } from '../i18n/i18n';
import { useViewT } from '../views/i18n';
import { Derived } from './Derived';
import { HEADLINE_MESSAGES, type HeadlineKey } from './headline-messages';

const UNIT_OF: Partial<Record<Family, Unit>> = { Mt: 'Mt', TEU: 'TEU', 'USD-million': 'USD-million' };
const CAPACITY_UNIT_OF: Partial<Record<Family, Unit>> = { Mt: 'Mt/yr', TEU: 'TEU/yr' };

/** A headline and, for trade, whose statistics it uses. */
type Block = HeadlineData & { reporter?: string };

export function headlinesFor(dataset: Dataset, subject: string, metric: Metric): Block[] {
  if (metric === 'trade') {
    // One headline per reporter with full-year figures: Azerbaijan's statistics first, then the partner's.
    const reporters = [
      ...new Set(
        dataset.figures
          .filter((f) => f.subject === subject && f.metric === 'trade' && f.status === 'actual' && f.reporter)
          .map((f) => f.reporter as string),
      ),
    ].sort((a, b) => (a === 'AZE' ? -1 : b === 'AZE' ? 1 : a.localeCompare(b)));
    return reporters
      .map((reporter) => ({ ...subjectHeadline(dataset.figures, subject, { metric, reporter }), reporter }))
      .filter((h) => h.latest !== null);
  }
  const first = subjectHeadline(dataset.figures, subject, { metric });
  if (first.scope === undefined) return first.latest ? [first] : [];
  const whole = subjectHeadline(dataset.figures, subject, { metric, scope: null });
  return [first, whole].filter((h) => h.latest !== null);
}

function useFormat() {
  const { lang, vt } = useViewT(HEADLINE_MESSAGES);
  const same = (r: Range) => Math.abs(r.max - r.min) < 1e-9;
  const pct = (x: number) => formatNumber(x * 100, lang, Math.abs(x) < 0.1 ? 1 : 0);
  return {
    lang,
    vt,
    amount: (r: Range, unit: Unit) => formatValue(r.min, unit, lang, same(r) ? undefined : r.max),
    pct: (r: Range) => vt('pct', { value: same(r) ? pct(r.min) : `${pct(r.min)}–${pct(r.max)}` }),
    rate: (r: Range) => (same(r) ? pct(r.min) : `${pct(r.min)}–${pct(r.max)}`),
  };
}

function BlockView({ dataset, data }: { dataset: Dataset; data: Block }) {
  const { lang, vt, amount, pct, rate } = useFormat();
  const heading = useId();
  if (!data.latest) return null;
  const family = (Object.keys(data.capacity?.ranges ?? {})[0] ?? 'Mt') as Family;
  const unit = UNIT_OF[data.metric === 'trade' ? 'USD-million' : 'Mt'] ?? 'Mt';
  const capacity = data.capacity?.ranges[family];
  const target = data.targets[0];
  const country = dataset.countries.find((c) => c.id === data.reporter)?.name[lang] ?? data.reporter ?? '';
  const scopeLabel = data.reporter
    ? data.reporter === 'AZE'
      ? vt('reporter.AZE')
      : vt('reporter.partner', { country })
    : data.scope
      ? vt(`scope.${data.scope}` as HeadlineKey)
      : vt('scopeAll');
  const label = vt('derivedFrom');
  return (
    <section class="headline" aria-labelledby={heading}>
      <h4 id={heading}>{scopeLabel}</h4>
      <dl>
        <div>
          <dt>{vt('latest')}</dt>
          <dd>
            <Derived
              dataset={dataset}
              label={label}
              figureIds={data.latest.value.figureIds}
              text={vt('inYear', { value: amount(data.latest.value, unit), year: data.latest.year })}
            />
          </dd>
        </div>
        {data.capacity && (
          <div>
            <dt>{vt('capacity')}</dt>
            <dd>
              {capacity ? (
                <Derived
                  dataset={dataset}
                  label={label}
                  figureIds={capacity.figureIds}
                  text={amount(capacity, CAPACITY_UNIT_OF[family] ?? 'Mt/yr')}
                />
              ) : (
                vt('noCapacity', { year: data.latest.year })
              )}
            </dd>
          </div>
        )}
        {data.utilisation && (
          <div>
            <dt>{vt('utilisation')}</dt>
            <dd>
              <Derived
                dataset={dataset}
                label={label}
                figureIds={data.utilisation.figureIds}
                text={pct(data.utilisation)}
              />
            </dd>
          </div>
        )}
        <div>
          <dt>{vt('growth')}</dt>
          <dd>
            {data.growth ? (
              <Derived
                dataset={dataset}
                label={label}
                figureIds={data.growth.rate.figureIds}
                text={vt('perYear', {
                  value: rate(data.growth.rate),
                  from: data.growth.fromYear,
                  to: data.growth.toYear,
                })}
              />
            ) : (
              vt('oneYear')
            )}
          </dd>
        </div>
        {target && (
          <div>
            <dt>{vt('target')}</dt>
            <dd>
              <Derived
                dataset={dataset}
                label={label}
                figureIds={target.value.figureIds}
                text={vt('inYear', { value: amount(target.value, unit), year: target.year })}
              />
              {' · '}
              {vt('required')}:{' '}
              <Derived
                dataset={dataset}
                label={label}
                figureIds={[...data.latest.value.figureIds, ...target.value.figureIds]}
                text={vt('perYearTo', { value: rate(target.required), from: data.latest.year })}
              />
            </dd>
          </div>
        )}
      </dl>
      <p class={`verdict verdict-${data.verdict}`}>{vt(`verdict.${data.verdict}` as HeadlineKey)}</p>
    </section>
  );
}

export function Headline({
  dataset,
  subject,
  metric,
}: {
  dataset: Dataset;
  subject: string;
  metric: Metric;
}) {
  const { vt } = useViewT(HEADLINE_MESSAGES);
  const heading = useId();
  const blocks = headlinesFor(dataset, subject, metric);
  if (blocks.length === 0) return null;
  return (
    <section class="panel-section headlines" aria-labelledby={heading}>
      <h3 id={heading}>{vt('title')}</h3>
      {blocks.map((data) => (
        <BlockView key={`${data.reporter ?? ''}${data.scope ?? 'all'}`} dataset={dataset} data={data} />
      ))}
    </section>
  );
}
