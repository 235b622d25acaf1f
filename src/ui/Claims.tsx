// The source article's claims about a country (trade), each beside the numbers it describes and the
// verdict those numbers give.
import { useId } from 'preact/hooks';
import type { Country, Dataset } from '../data/schema';
import { useViewT } from '../views/i18n';
import { citations } from './cite';
import { Derived } from './Derived';
import { HEADLINE_MESSAGES, type HeadlineKey } from './headline-messages';

export function Claims({ dataset, country }: { dataset: Dataset; country: Country }) {
  const { lang, vt } = useViewT(HEADLINE_MESSAGES);
  const heading = useId();
  if (!country.claims || country.claims.length === 0) return null;
  const byId = new Map(dataset.sources.map((s) => [s.id, s]));
  return (
    <section class="panel-section claims" aria-labelledby={heading}>
      <h3 id={heading}>{vt('claims')}</h3>
      {country.claims.map((c) => (
        <div key={c.claim.en} class={`claim claim-${c.verdict}`}>
          <blockquote>
            {c.claim[lang]} <cite>— {citations([c.claimSource], byId, lang)}</cite>
          </blockquote>
          <p>
            <strong>{vt(`claim.${c.verdict}` as HeadlineKey)}</strong>: {c.explanation[lang]}{' '}
            <Derived
              dataset={dataset}
              figureIds={c.figures}
              label={vt('derivedFrom')}
              text={vt('derivedFrom')}
            />
          </p>
        </div>
      ))}
    </section>
  );
}
