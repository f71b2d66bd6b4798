import { useRef, type KeyboardEvent } from 'react';
import { t } from '../../lib/i18n';
import { TABS, type Tab } from './route';

const KEYS: Record<string, (i: number) => number> = {
  ArrowRight: (i) => (i + 1) % TABS.length,
  ArrowLeft: (i) => (i - 1 + TABS.length) % TABS.length,
  Home: () => 0,
  End: () => TABS.length - 1,
};

export const tabId = (tab: Tab) => `tab-${tab}`;
export const panelId = (tab: Tab) => `tabpanel-${tab}`;

/** The popup's sections as tabs (arrow keys move between them). */
export function TabBar({
  current,
  labels,
  onSelect,
}: {
  current: Tab;
  labels: Record<Tab, string>;
  onSelect: (tab: Tab) => void;
}) {
  const refs = useRef(new Map<Tab, HTMLButtonElement>());
  const onKeyDown = (e: KeyboardEvent) => {
    const move = KEYS[e.key];
    if (!move) return;
    e.preventDefault();
    const next = TABS[move(TABS.indexOf(current))] ?? current;
    onSelect(next);
    refs.current.get(next)?.focus();
  };
  return (
    <div role="tablist" aria-label={t('popupTabsLabel')} className="tabs" onKeyDown={onKeyDown}>
      {TABS.map((tab) => (
        <button
          key={tab}
          ref={(el) => {
            if (el) refs.current.set(tab, el);
            else refs.current.delete(tab);
          }}
          type="button"
          role="tab"
          id={tabId(tab)}
          aria-selected={tab === current}
          aria-controls={panelId(tab)}
          tabIndex={tab === current ? 0 : -1}
          onClick={() => onSelect(tab)}
        >
          {labels[tab]}
        </button>
      ))}
    </div>
  );
}
