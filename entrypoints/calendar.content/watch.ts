/**
 * Calls `onChange` at most once per animation frame after the page's DOM changed.
 * One observer for the whole page: the calendar apps hide nodes rather than remove them,
 * so style/class/hidden changes count too. Changes inside our own UI are ignored.
 */
export function watchPage(onChange: () => void, isOwnNode: (node: Node) => boolean): () => void {
  let scheduled = 0;
  const schedule = () => {
    if (scheduled) return;
    scheduled = requestAnimationFrame(() => {
      scheduled = 0;
      onChange();
    });
  };
  // Our own chip and panel change the DOM too; reacting to that would loop.
  const observer = new MutationObserver((records) => {
    if (records.some((r) => !isOwnNode(r.target))) schedule();
  });
  observer.observe(document.body, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['style', 'class', 'hidden', 'aria-hidden'],
  });
  window.addEventListener('resize', schedule);
  schedule();
  return () => {
    observer.disconnect();
    window.removeEventListener('resize', schedule);
    cancelAnimationFrame(scheduled);
  };
}
