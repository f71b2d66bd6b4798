import { useState } from 'react';
import { t, type MessageKey } from '../../lib/i18n';

const CARDS: [MessageKey, MessageKey][] = [
  ['method1Title', 'method1'],
  ['method2Title', 'method2'],
  ['method3Title', 'method3'],
  ['method4Title', 'method4'],
  ['method5Title', 'method5'],
  ['method6Title', 'method6'],
];
const OPENERS: MessageKey[] = ['opener1', 'opener2', 'opener3', 'opener4'];
// A display preference, not user data: the extension origin's localStorage is enough.
const STORAGE_KEY = 'sternstunde.methodOpen';

/** The method's points as short cards, collapsible; the choice is remembered. */
export function MethodCards() {
  const [open, setOpen] = useState(() => localStorage.getItem(STORAGE_KEY) !== 'false');
  const toggle = () => {
    localStorage.setItem(STORAGE_KEY, String(!open));
    setOpen(!open);
  };
  return (
    <section aria-labelledby="method-heading">
      <h2 id="method-heading">
        <button type="button" className="disclosure" aria-expanded={open} aria-controls="method-cards" onClick={toggle}>
          {open ? '▾' : '▸'} {t('methodHeading')}
        </button>
      </h2>
      {open && (
        <div id="method-cards" className="cards">
          {CARDS.map(([title, text]) => (
            <article key={title} className="card">
              <h3>{t(title)}</h3>
              <p>{t(text)}</p>
            </article>
          ))}
          <article className="card">
            <h3>{t('openersTitle')}</h3>
            <ul>
              {OPENERS.map((key) => (
                <li key={key}>{t(key)}</li>
              ))}
            </ul>
          </article>
        </div>
      )}
    </section>
  );
}
