// Brings a step's element into view once it is there and drawn. The outlook builds most of its charts
// after the first projection, and the plan view loads on demand, so the element may not exist yet when
// the step changes: look each frame until it exists and neither it nor its chart frame is loading
// (data-status), then scroll. Charts above it may still change height just after (a late table, the
// sunburst measuring itself), so it is checked again a few times and put back in view, unless the
// reader has scrolled in the meantime.

/** Longest wait for a chart to finish loading; after it, scroll to it as it is (an error is shown too). */
const READY_WAIT_MS = 8000;
/** Longest wait for the element to exist at all. */
const EXIST_WAIT_MS = 20000;
/** After scrolling: when to check that the element is still in view. */
const RECHECK_MS = [500, 1200, 2500];
/** Input that means the reader scrolls on their own. */
const READER_INPUT = ['wheel', 'touchmove', 'pointerdown'] as const;

function loading(element: Element): boolean {
  const frame = element.closest('[data-status]');
  return frame?.getAttribute('data-status') === 'loading' || element.closest('[aria-busy="true"]') !== null;
}

/** Whether the element's top is on screen, above the fixed bar (whose height is --briefing-bar). */
function topInView(element: Element): boolean {
  const bar = parseFloat(getComputedStyle(document.documentElement).getPropertyValue('--briefing-bar')) || 0;
  const top = element.getBoundingClientRect().top;
  return top >= -1 && top < innerHeight - bar;
}

/** Starts looking for `selector`; returns the function that stops looking. */
export function bringIntoView(selector: string): () => void {
  const started = performance.now();
  const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
  let frame = 0;
  const timers: ReturnType<typeof setTimeout>[] = [];
  let readerScrolled = false;
  const onReader = () => (readerScrolled = true);

  const recheck = (element: Element) => {
    if (!readerScrolled && element.isConnected && !topInView(element)) element.scrollIntoView({ block: 'start', behavior: 'auto' });
  };
  const look = () => {
    const waited = performance.now() - started;
    const element = document.querySelector<HTMLElement>(selector);
    if (element && (!loading(element) || waited > READY_WAIT_MS)) {
      element.scrollIntoView({ block: 'start', behavior: reduced ? 'auto' : 'smooth' });
      for (const type of READER_INPUT) addEventListener(type, onReader, { passive: true });
      for (const ms of RECHECK_MS) timers.push(setTimeout(() => recheck(element), ms));
      return;
    }
    if (waited < EXIST_WAIT_MS) frame = requestAnimationFrame(look);
  };
  frame = requestAnimationFrame(look);
  return () => {
    cancelAnimationFrame(frame);
    for (const timer of timers) clearTimeout(timer);
    for (const type of READER_INPUT) removeEventListener(type, onReader);
  };
}
