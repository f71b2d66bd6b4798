const OPTIONS: MutationObserverInit = {
  childList: true,
  subtree: true,
  attributes: true,
  attributeFilter: ['style', 'class', 'hidden', 'aria-hidden'],
};

/**
 * Calls `onChange` at most once per animation frame after the page's DOM changed.
 * One observer for the whole page: the calendar apps hide nodes rather than remove them, so
 * style/class/hidden changes count too. After the first change the observer disconnects until
 * the frame's look at the page: a burst of mutations then costs one record, not hundreds, and
 * the look reads the DOM as it is anyway. Changes inside our own UI are ignored.
 */
export function watchPage(onChange: () => void, isOwnNode: (node: Node) => boolean): () => void {
  let scheduled = 0;
  const look = () => {
    scheduled = 0;
    onChange();
    observer.observe(document.body, OPTIONS);
  };
  const schedule = () => {
    if (!scheduled) scheduled = requestAnimationFrame(look);
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
    cancelAnimationFrame(scheduled);
  };
}
