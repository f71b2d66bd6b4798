/** Text of page markup as the user sees it, line by line. Reads text nodes only, never HTML. */

const BREAK = /^(?:DIV|P|LI|UL|OL|TR|BR|H[1-6]|SECTION|HEADER|FOOTER|BLOCKQUOTE|PRE)$/;

/** Lines of `root`'s text; elements matching `skip` (hidden labels, icons) are left out. */
export function textLines(root: Element | null | undefined, skip: string): string[] {
  const out: string[] = [];
  let cur = '';
  const flush = (): void => {
    const s = cur.replace(/\s+/g, ' ').trim();
    if (s) out.push(s);
    cur = '';
  };
  const walk = (n: Node): void => {
    if (n.nodeType === 3) cur += n.nodeValue ?? '';
    if (n.nodeType !== 1 || (n as Element).matches(skip)) return;
    const el = n as Element;
    const block = BREAK.test(el.tagName) || el.getAttribute('role') === 'heading';
    if (block) flush();
    el.childNodes.forEach(walk);
    if (block) flush();
  };
  if (root) walk(root);
  flush();
  return out;
}

/** The visible text of `root` on one line. */
export const textOf = (root: Element | null | undefined, skip: string): string => textLines(root, skip).join(' ');
