import { useState } from 'react';

/** sessionStorage, or nothing where the browser withholds it (a framed page with storage blocked). */
function session(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

/**
 * Text the user is typing and hasn't saved yet (a new goal), kept in this tab's session storage
 * under `key`: if the page reloads the panel, the half-typed text comes back. Cleared when set to ''.
 */
export function useDraft(key: string): [string, (text: string) => void] {
  const storageKey = `sternstunde-draft:${key}`;
  const [text, setText] = useState(() => session()?.getItem(storageKey) ?? '');
  const set = (next: string) => {
    setText(next);
    try {
      if (next) session()?.setItem(storageKey, next);
      else session()?.removeItem(storageKey);
    } catch {
      // Quota or blocked storage: the draft lives only in the page then.
    }
  };
  return [text, set];
}
