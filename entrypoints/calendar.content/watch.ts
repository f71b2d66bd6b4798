const OPTIONS: MutationObserverInit = {
  childList: true,
  subtree: true,
  attributes: true,
  attributeFilter: ['style', 'class', 'hidden', 'aria-hidden'],
};
/** While the page keeps changing, look at most this often; an idle page is looked at at once. */
const BUSY_INTERVAL_MS = 80;

/**
 * Calls `onChange` in an animation frame after the page's DOM changed: in the next frame when
 * the page was idle (a popup opening), at most every BUSY_INTERVAL_MS while it keeps changing
 * (the app re-rendering its grid), and once more after such a burst.
 * One observer for the whole page: the apps hide nodes rather than remove them, so style, class
 * and hidden changes count too. It disconnects at the first change until the next look, so a
 * burst of mutations costs one record, not hundreds; the look reads the DOM as it is anyway.
 * Changes inside our own UI are ignored.
 */
export function watchPage(onChange: () => void, isOwnNode: (node: Node) => boolean): () => void {
  let frame = 0;
  let cooldown: ReturnType<typeof setTimeout> | undefined;
  let pending = false;

  const look = () => {
    frame = 0;
    onChange();
    observer.observe(document.body, OPTIONS);
    cooldown = setTimeout(() => {
      cooldown = undefined;
      if (pending) schedule();
    }, BUSY_INTERVAL_MS);
  };
  const schedule = () => {
    pending = cooldown !== undefined;
    if (!pending && !frame) frame = requestAnimationFrame(look);
  };
  const observer = new MutationObserver((records) => {
    if (!records.some((r) => !isOwnNode(r.target))) return;
    observer.disconnect();
    schedule();
  });
  observer.observe(document.body, OPTIONS);
  window.addEventListener('resize', schedule);
  schedule();
  return () => {
    observer.disconnect();
    window.removeEventListener('resize', schedule);
    cancelAnimationFrame(frame);
    clearTimeout(cooldown);
  };
}
