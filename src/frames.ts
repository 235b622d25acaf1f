// Scheduling work for after the next frame has been produced, so that what a click changes in the DOM is
// painted before follow-up work (the map's redraw, long panel sections) takes the CPU.

/**
 * Calls `callback` at the start of the second animation frame from now: the frame the current task's DOM
 * changes go out in has been committed by then. Returns a function that cancels the call.
 */
export function afterNextFrame(callback: () => void): () => void {
  let inner = 0;
  const outer = requestAnimationFrame(() => {
    inner = requestAnimationFrame(() => {
      inner = 0;
      callback();
    });
  });
  return () => {
    cancelAnimationFrame(outer);
    if (inner) cancelAnimationFrame(inner);
  };
}
