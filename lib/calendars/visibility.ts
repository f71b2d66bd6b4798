/** Is an element shown to the user? The calendar apps hide closed popups instead of removing them. */

export type VisibilityTest = (el: Element) => boolean;

/** Hidden by markup: a `hidden`, `aria-hidden="true"` or inline `display: none` on it or an ancestor. No layout needed. */
export const hiddenByMarkup = (el: Element): boolean =>
  !!el.closest('[hidden],[aria-hidden="true"],[style*="display: none"],[style*="display:none"]');

/**
 * Shown on screen: not hidden by markup, laid out with a size, not `visibility: hidden`. The
 * adapters' default. The markup check comes first: it needs no layout, and this runs on every
 * frame in which the page changed.
 */
export const isRendered: VisibilityTest = (el) => {
  if (hiddenByMarkup(el)) return false;
  const r = el.getBoundingClientRect();
  return r.width > 0 && r.height > 0 && el.ownerDocument.defaultView?.getComputedStyle(el).visibility !== 'hidden';
};
