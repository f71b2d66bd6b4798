import type { SyntheticEvent } from 'react';

/**
 * Runs `action` only for an event the browser made from the user's own input: a click, or Enter or
 * Space on a focused button (those are trusted clicks too). A script that calls `click()` or
 * dispatches an event gets `isTrusted: false` and nothing happens. Guards the panel's destructive
 * actions (issue 20); each of them also offers undo.
 */
export function byUser<E extends SyntheticEvent>(action: (event: E) => void): (event: E) => void {
  return (event) => {
    if (event.nativeEvent.isTrusted) action(event);
  };
}
