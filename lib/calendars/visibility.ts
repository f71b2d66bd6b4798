/** Is an element shown to the user? The calendar apps hide closed popups instead of removing them. */

export type VisibilityTest = (el: Element) => boolean;

/** Hidden by markup: a `hidden`, `aria-hidden="true"` or inline `display: none` on it or an ancestor. No layout needed. */
export const hiddenByMarkup = (el: Element): boolean =>
  !!el.closest('[hidden],[aria-hidden="true"],[style*="display: none"],[style*="display:none"]');

/** Shown on screen: laid out with a size, not `visibility: hidden`, not hidden by markup. The adapters' default. */
export const isRendered: VisibilityTest = (el) => {
  const r = el.getBoundingClientRect();
  return (
    el.getClientRects().length > 0 &&
    r.width > 0 &&
    r.height > 0 &&
    el.ownerDocument.defaultView?.getComputedStyle(el).visibility !== 'hidden' &&
    !hiddenByMarkup(el)
  );
};
