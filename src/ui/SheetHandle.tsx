// The bottom sheet's handle on narrow screens: three heights (peek, half, full), moved by dragging, by the
// arrow keys, or by pressing it (next height); its name says the current height for screen readers.
import { useRef } from 'preact/hooks';
import { useT } from './context';

export const SHEET_HEIGHTS = ['peek', 'half', 'full'] as const;
export type SheetHeight = (typeof SHEET_HEIGHTS)[number];

/** The height nearest to a fraction of the viewport covered by the sheet (peek ≈ 0.28, half 0.5, full 0.9). */
export function nearestHeight(fraction: number): SheetHeight {
  if (fraction < 0.39) return 'peek';
  if (fraction < 0.7) return 'half';
  return 'full';
}

export function SheetHandle({
  height,
  onChange,
}: {
  height: SheetHeight;
  onChange: (h: SheetHeight) => void;
}) {
  const { t } = useT();
  const drag = useRef<{ pointerId: number; moved: boolean } | null>(null);
  const index = SHEET_HEIGHTS.indexOf(height);
  const step = (delta: number) => {
    const next = SHEET_HEIGHTS[Math.min(2, Math.max(0, index + delta))];
    if (next) onChange(next);
  };
  return (
    <button
      type="button"
      class="sheet-handle"
      aria-label={t('sheet.handle', { height: t(`sheet.${height}`) })}
      onClick={() => {
        if (drag.current?.moved) return;
        onChange(SHEET_HEIGHTS[(index + 1) % 3] ?? 'half');
      }}
      onKeyDown={(event) => {
        if (event.key === 'ArrowUp') step(1);
        else if (event.key === 'ArrowDown') step(-1);
        else return;
        event.preventDefault();
      }}
      onPointerDown={(event) => {
        drag.current = { pointerId: event.pointerId, moved: false };
        event.currentTarget.setPointerCapture(event.pointerId);
      }}
      onPointerMove={(event) => {
        if (drag.current?.pointerId !== event.pointerId) return;
        drag.current.moved = true;
        const fraction = 1 - event.clientY / window.innerHeight;
        onChange(nearestHeight(fraction));
      }}
      onPointerUp={() => {
        setTimeout(() => {
          drag.current = null;
        }, 0);
      }}
    >
      <span aria-hidden="true" class="sheet-grip" />
    </button>
  );
}
