// "Save chart" under a chart: the rendered chart as an SVG or PNG picture with title, legend and source line.
import type { RefObject } from 'preact';
import { useState } from 'preact/hooks';
import type { Figure, Source } from '../data/schema';
import { chartSourceLine, type LegendEntry, sourcePublishers } from '../export/chart-picture';
import type { ChartFormat } from '../export/save-chart';
import { featureOf, nameOf } from '../state/derive';
import { useViewT } from '../views/i18n';
import { CHART_MESSAGES } from './chart-messages';
import { useApp } from './context';

export function SaveChartButtons({
  chart,
  subject,
  title,
  legend,
  figures,
  byId,
}: {
  chart: RefObject<SVGSVGElement | null>;
  subject: string;
  /** The chart's title; the picture's adds the feature's name. */
  title: string;
  legend: readonly LegendEntry[];
  /** The figures drawn: their sources' publishers make the source line. */
  figures: readonly Figure[];
  byId: ReadonlyMap<string, Source>;
}) {
  const { state } = useApp();
  const { lang, vt } = useViewT(CHART_MESSAGES);
  const [busy, setBusy] = useState(false);

  async function save(format: ChartFormat) {
    const svg = chart.current;
    if (!svg || busy) return;
    setBusy(true);
    try {
      const { saveChart } = await import('../export/save-chart');
      const sourceLine = chartSourceLine(sourcePublishers(figures, byId), lang);
      const dataset = state.dataset.peek();
      const feature = dataset && featureOf(dataset, subject);
      const subjectName = feature ? nameOf(feature, lang) : '';
      const fullTitle =
        subjectName && !title.includes(subjectName)
          ? vt('pictureTitle', { chart: title, subject: subjectName })
          : title;
      await saveChart(format, { svg, subject, title: fullTitle, legend, sourceLine });
    } finally {
      setBusy(false);
    }
  }

  return (
    <p class="download-buttons chart-save">
      <button type="button" disabled={busy} onClick={() => void save('svg')}>
        {vt('saveSvg')}
      </button>
      <button type="button" disabled={busy} onClick={() => void save('png')}>
        {vt('savePng')}
      </button>
    </p>
  );
}
