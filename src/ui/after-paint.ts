// "After the next frame is painted": a task queued from the next animation frame runs once that frame's
// rendering is done, so work started there neither lengthens that frame nor comes before its paint. Where
// frames do not come (a tab in the background), after FALLBACK_MS instead. Used for the outlook's first
// paint (projection/session.svelte.ts: the catalog's held work waits for it) and for each slice of the
// panels built after it (views/outlook/stagger.svelte.ts).

/** How long to wait for a frame before running anyway (a background tab gets none). */
export const FALLBACK_MS = 100;

/** Runs `run` in a task after the next frame (or after FALLBACK_MS without one); returns a cancel. */
export function afterPaint(run: () => void): () => void {
  let cancelled = false;
  let task: ReturnType<typeof setTimeout> | undefined;
  const queue = () => {
    if (cancelled || task !== undefined) return;
    task = setTimeout(() => {
      if (!cancelled) run();
    }, 0);
  };
  const frame = requestAnimationFrame(() => {
    clearTimeout(timer);
    queue();
  });
  const timer = setTimeout(() => {
    cancelAnimationFrame(frame);
    queue();
  }, FALLBACK_MS);
  return () => {
    cancelled = true;
    clearTimeout(timer);
    clearTimeout(task);
    cancelAnimationFrame(frame);
  };
}
