import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { t } from '../../lib/i18n';

// The command that opens the popup: MV3 and Firefox's MV2 name it differently.
const OPEN_POPUP = ['_execute_action', '_execute_browser_action'];

/** The keyboard shortcut that opens the popup, as the user has it set (or how to set one). */
export function ShortcutHint() {
  const [shortcut, setShortcut] = useState<string | null>();
  useEffect(() => {
    let live = true;
    void browser.commands
      .getAll()
      .then((commands) => commands.find((c) => OPEN_POPUP.includes(c.name ?? ''))?.shortcut || null)
      .catch(() => null)
      .then((key) => live && setShortcut(key));
    return () => {
      live = false;
    };
  }, []);
  if (shortcut === undefined) return null;
  return (
    <p className="muted small" data-testid="popup-shortcut">
      {shortcut ? t('popupShortcut', shortcut) : t('popupShortcutNone')}
    </p>
  );
}
