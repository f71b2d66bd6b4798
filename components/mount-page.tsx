import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { requestPersistentStorage } from '../lib/db/instance';
import { t, uiLocale, type MessageKey } from '../lib/i18n';
import { ErrorBoundary } from './ErrorBoundary';
import './theme.css';

/**
 * Renders an extension page in the browser's language and, when not framed, asks to keep our
 * data. A render error shows what happened and the ways out (reload, backup) instead of a blank page.
 */
export function mountPage(titleKey: MessageKey, page: ReactNode): void {
  document.documentElement.lang = uiLocale();
  document.title = t(titleKey);
  // Only a page of its own asks; the panel framed in a calendar page never does: the calendar
  // site should not be where the browser weighs, or prompts for, our storage.
  if (window.top === window) void requestPersistentStorage().catch(() => false);
  const root = document.getElementById('root');
  if (!root) throw new Error('#root is missing');
  createRoot(root).render(
    <StrictMode>
      <ErrorBoundary>{page}</ErrorBoundary>
    </StrictMode>,
  );
}
