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
/** How many looks after one input come in the next frame: the popup asked for and its content. */
export const INPUT_LOOKS = 2;
// Input that can open, switch or close an event; listened to in the capture phase, passively.
const INPUT_EVENTS = ['pointerdown', 'click', 'keydown', 'popstate'] as const;

export interface WatchOptions {
  /** Whether a node belongs to our own UI: its changes are not the page's. */
  isOwnNode: (node: Node) => boolean;
  /** Whether the page dropped part of our UI (a re-render): then a change gets the next frame. */
  isDetached: () => boolean;
}

/**
 * Calls `onChange` after the page's DOM changed: never twice in one frame, and for changes the
 * page makes on its own at most every IDLE_GAP_MS. A look that throws is dropped; watching goes on.
 *
 * One observer for the whole page: the calendar apps hide nodes rather than remove them, so
 * style/class/hidden changes count too. After the first change the observer disconnects until
 * the look: a burst of mutations costs one record, and the look reads the DOM as it is anyway.
 *
 * How soon the look comes depends on why the page changed. The first INPUT_LOOKS looks after
 * the user's click, key or history step (within INPUT_WINDOW_MS) come in the next frame: the
 * popup the user asked for gets its chip at once. So does a change that dropped our UI: a
 * dropped chip is back before it is missed. Any other change (the page's own re-render, the
 * popup's lazy rows) is looked at from a timer IDLE_GAP_MS later (no extra frame callback):
 * every look costs the page main-thread time (it reads the layout), and a re-rendering grid or
 * popup would otherwise pay it in every frame (measured in `npm run bench`).
 */
export function watchPage(onChange: () => void, { isOwnNode, isDetached }: WatchOptions): () => void {
  let frame = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastInput = -Infinity;
  let inputLooks = INPUT_LOOKS;

  const look = () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    frame = 0;
    timer = undefined;
    try {
      onChange();
    } catch {
      // A look that throws (markup an adapter did not expect) must not end the watch: the next
      // change is looked at again. Nothing is logged into the calendar page's console.
    } finally {
      observer.observe(document.body, OPTIONS);
    }
  };
  const schedule = () => {
    if (frame) return;
    const asked = performance.now() - lastInput < INPUT_WINDOW_MS && inputLooks < INPUT_LOOKS;
    if (asked || isDetached()) {
      if (asked) inputLooks++;
      clearTimeout(timer);
      timer = undefined;
      frame = requestAnimationFrame(look);
    } else timer ??= setTimeout(look, IDLE_GAP_MS);
  };
  const onInput = () => {
    lastInput = performance.now();
    inputLooks = 0;
    if (timer !== undefined) schedule(); // a change is waiting: the user's doing now, look at once
  };
  const observer = new MutationObserver((records) => {
    if (!records.some((r) => !isOwnNode(r.target))) return;
    observer.disconnect();
    schedule();
  });

  observer.observe(document.body, OPTIONS);
  for (const type of INPUT_EVENTS) window.addEventListener(type, onInput, { capture: true, passive: true });
  // A resize moves the card: our column follows in the next frames, as after input.
  const onResize = () => {
    onInput();
    schedule();
  };
  window.addEventListener('resize', onResize);
  frame = requestAnimationFrame(look); // the page may have opened with an event showing (deep link, reload)
  return () => {
    observer.disconnect();
    for (const type of INPUT_EVENTS) window.removeEventListener(type, onInput, { capture: true });
    window.removeEventListener('resize', onResize);
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
