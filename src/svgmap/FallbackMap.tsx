// What the map area shows without WebGL: the reason, the SVG map, and the whole content as a list behind a
// "Show as a list" disclosure (the list view from the panel chunk), for screen readers and for reading.
import { useState } from 'preact/hooks';
import { usePanelModule } from '../ui/lazy';
import { useViewT } from '../views/i18n';
import { SVGMAP_MESSAGES } from './messages';
import { SvgMap, type SvgMapProps } from './SvgMap';
import './svgmap.css';

export function FallbackMap({ message, loadBasemap }: { message: string } & SvgMapProps) {
  const { vt } = useViewT(SVGMAP_MESSAGES);
  const panel = usePanelModule();
  const [listOpen, setListOpen] = useState(false);
  return (
    <div class="svgmap-fallback">
      <p class="notice svgmap-notice" role="status">
        {message}
      </p>
      <SvgMap loadBasemap={loadBasemap} />
      <details class="svgmap-list" onToggle={(event) => setListOpen(event.currentTarget.open)}>
        <summary>{vt('showList')}</summary>
        {listOpen && panel && <panel.ListView message={message} />}
      </details>
    </div>
  );
}
