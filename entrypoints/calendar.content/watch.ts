const OPTIONS: MutationObserverInit = {
  childList: true,
  subtree: true,
  attributes: true,
  // What hides or shows a node on screen (aria-hidden alone does not).
  attributeFilter: ['style', 'class', 'hidden'],
};

/** How long a change the page made on its own (grid re-render, data loading) waits for a look. */
export const IDLE_GAP_MS = 500;
/** How long after a click, key or history step the page's changes are the user's doing. */
export const INPUT_WINDOW_MS = 2000;
// Input that can open, switch or close an event; listened to in the capture phase, passively.
const INPUT_EVENTS = ['pointerdown', 'click', 'keydown', 'popstate'] as const;

export interface WatchOptions {
  /** Whether a node belongs to our own UI: its changes are not the page's. */
  isOwnNode: (node: Node) => boolean;
  /** Whether our UI is on the page: then every change gets the next frame (re-attach, close). */
  isShowing: () => boolean;
}

/**
 * Calls `onChange` after the page's DOM changed: never twice in one frame, and for changes the
 * page makes on its own at most every IDLE_GAP_MS.
 *
 * One observer for the whole page: the calendar apps hide nodes rather than remove them, so
 * style/class/hidden changes count too. After the first change the observer disconnects until
 * the look: a burst of mutations costs one record, and the look reads the DOM as it is anyway.
 *
 * How soon the look comes depends on why the page changed. Within INPUT_WINDOW_MS of the user's
 * click, key or history step, and while our UI is showing, it is the next frame: the popup the
 * user asked for gets its chip at once, a dropped chip is back before it is missed. A change the
 * page made on its own is looked at from a timer IDLE_GAP_MS later (no extra frame callback):
 * every callback into the extension costs the page main-thread time, and a re-rendering grid
 * would otherwise pay it in every frame (measured in `npm run bench`).
 */
export function watchPage(onChange: () => void, { isOwnNode, isShowing }: WatchOptions): () => void {
  let frame = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastInput = -Infinity;

  const look = () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    frame = 0;
    timer = undefined;
    onChange();
    observer.observe(document.body, OPTIONS);
  };
  const schedule = () => {
    if (frame) return;
    if (performance.now() - lastInput < INPUT_WINDOW_MS || isShowing()) frame = requestAnimationFrame(look);
    else timer ??= setTimeout(look, IDLE_GAP_MS);
  };
  const onInput = () => {
    lastInput = performance.now();
    if (timer !== undefined) schedule(); // a change is waiting: the user's doing now, look at once
  };
  const observer = new MutationObserver((records) => {
    if (!records.some((r) => !isOwnNode(r.target))) return;
    observer.disconnect();
    schedule();
  });

  observer.observe(document.body, OPTIONS);
  for (const type of INPUT_EVENTS) window.addEventListener(type, onInput, { capture: true, passive: true });
  window.addEventListener('resize', schedule);
  frame = requestAnimationFrame(look); // the page may have opened with an event showing (deep link, reload)
  return () => {
    observer.disconnect();
    for (const type of INPUT_EVENTS) window.removeEventListener(type, onInput, { capture: true });
    window.removeEventListener('resize', schedule);
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
