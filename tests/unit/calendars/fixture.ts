// Loads a static fixture page into the happy-dom document and runs its inline script (happy-dom itself runs no scripts).
import { readFixture } from '../../read-fixture';

export function loadFixture(file: string, url: string): void {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
  const html = readFixture(file);
  document.open();
  document.write(html);
  document.close();
  for (const script of document.querySelectorAll('script:not([type])')) new Function(script.textContent ?? '')();
}

/** What a user's press does: pointerdown (seen by the adapters' capture listener), then click. */
export function press(el: Element | null): void {
  if (!el) throw new Error('nothing to press');
  el.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
  (el as HTMLElement).click();
}

export function key(el: Element, name: string): void {
  el.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true }));
}
