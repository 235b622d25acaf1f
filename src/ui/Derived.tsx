// A derived number that opens the figures it came from: the number as a disclosure whose body lists each
// figure with its value, period, status and source.
import type { Dataset } from '../data/schema';
import { formatPeriod, formatValue } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages/en';
import { citations } from './cite';
import { useT } from './context';

export function Derived({
  text,
  figureIds,
  dataset,
  label,
}: {
  text: string;
  figureIds: readonly string[];
  dataset: Dataset;
  label: string;
}) {
  const { lang, t } = useT();
  const byId = new Map(dataset.sources.map((s) => [s.id, s]));
  const figures = figureIds.flatMap((id) => dataset.figures.filter((f) => f.id === id));
  return (
    <details class="derived">
      <summary>{text}</summary>
      <p class="derived-label">{label}</p>
      <ul>
        {figures.map((f) => (
          <li key={f.id}>
            {formatValue(f.value, f.unit, lang, f.valueMax)}
            {f.period ? `, ${formatPeriod(f.period, lang)}` : ''} ({t(`status.${f.status}` as MessageKey)}
            {f.publishedBy ? `, ${f.publishedBy}` : ''}) — {citations(f.sources, byId, lang)}
          </li>
        ))}
      </ul>
    </details>
  );
}
