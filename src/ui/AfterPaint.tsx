// Renders its children once the frame that mounted it has gone out (src/frames.ts). The panel's long
// sections below the fold follow its heading, facts and chart by a frame instead of delaying them; keyed
// by the feature, every newly opened panel does the same.
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { afterNextFrame } from '../frames';

export function AfterPaint({
  children,
  when = true,
}: {
  children: ComponentChildren;
  /** false: render the children at once. */
  when?: boolean;
}) {
  const [shown, setShown] = useState(!when);
  useEffect(() => (shown ? undefined : afterNextFrame(() => setShown(true))), [shown]);
  return shown ? children : null;
}
