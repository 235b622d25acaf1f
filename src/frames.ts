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

/**
 * Resolves once the browser has had the chance to paint what is in the DOM now: after the next animation
 * frame, in a task of its own. Hidden pages produce no frames, so it also resolves after `timeoutMs`.
 */
export function afterPaint(timeoutMs = 100): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, timeoutMs);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }, 0),
    );
  });
}

/**
 * Runs each task in an idle period of its own, one after the other (within `timeoutMs` each, or after a
 * short delay where requestIdleCallback is missing). For warm-ups that must not delay what the user does.
 */
export function whenIdle(tasks: readonly (() => void)[], timeoutMs = 3000): void {
  const queue = [...tasks];
  const schedule = () => {
    if (queue.length === 0) return;
    const next = () => {
      queue.shift()?.();
      schedule();
    };
    if ('requestIdleCallback' in window) requestIdleCallback(next, { timeout: timeoutMs });
    else setTimeout(next, 200);
  };
  schedule();
}
