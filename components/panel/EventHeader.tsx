import { useRef } from 'react';
import { reasonText } from '../../lib/detection';
import { updateEventHost } from '../../lib/db/events';
import { db } from '../../lib/db/instance';
import { t, uiLocale } from '../../lib/i18n';
import { sendMessage } from '../../lib/messaging/client';
import type { EventRecord } from '../../lib/model/records';
import { formatWhen } from '../../lib/prep/format-when';
import { useErrorMessage } from '../useErrorMessage';
import type { OfferUndo } from './offer-undo';
import { ErrorMessage } from '../ErrorMessage';
import { byUser } from './by-user';

/**
 * Title, time, place, host (editable), why the event was picked, and the way out of it. Changing
 * the host and "not a party" take the user's own input only (byUser) and offer undo.
 */
export function EventHeader({ event, offerUndo }: { event: EventRecord; offerUndo: OfferUndo }) {
  const { error, run } = useErrorMessage();
  // Whether the host field's last change was typed by the user (a trusted input event); a value a
  // script put there is never stored.
  const typed = useRef(false);
  const when = formatWhen(event, uiLocale(), t('panelAllDay'));
  // Stored as codes, worded in the language the UI has now.
  const reasons = [...new Set((event.detection?.reasons ?? []).map((code) => reasonText(code, uiLocale())))];

  const commitHost = (input: HTMLInputElement) => {
    const before = event.host ?? '';
    const host = input.value;
    if (!typed.current) {
      input.value = before;
      return;
    }
    typed.current = false;
    if (host === before) return;
    void run(async () => {
      await updateEventHost(db, event.id, host);
      offerUndo('hostChanged', () => updateEventHost(db, event.id, before));
    });
  };

  const dismiss = () => {
    const before = event.override ?? null;
    void run(async () => {
      await sendMessage('event:override', { eventId: event.id, override: 'dismiss' });
      offerUndo('eventDismissed', () => sendMessage('event:override', { eventId: event.id, override: before }));
    });
  };

  return (
    <header className="event-header">
      <div className="row">
        <p className="muted grow">{t('panelHeading')}</p>
        <button
          type="button"
          className="icon"
          aria-label={t('panelClose')}
          onClick={() => void sendMessage('panel:close', {})}
        >
          ✕
        </button>
      </div>
      <h1 data-testid="event-title">{event.title}</h1>
      {when && <p data-testid="event-when">{when}</p>}
      {event.location && (
        <p className="muted" data-testid="event-location">
          {event.location}
        </p>
      )}
      <label className="row small">
        <span>{t('hostLabel')}</span>
        {/* Keyed by the stored value: a change made elsewhere shows up, typing here is not disturbed. */}
        <input
          key={event.host ?? ''}
          className="grow"
          defaultValue={event.host ?? ''}
          maxLength={200}
          placeholder={t('hostPlaceholder')}
          onChange={(e) => {
            typed.current = e.nativeEvent.isTrusted;
          }}
          onKeyDown={(e) => e.key === 'Enter' && e.nativeEvent.isTrusted && commitHost(e.currentTarget)}
          onBlur={(e) => commitHost(e.target)}
        />
      </label>
      <details className="why">
        <summary>{t('panelWhy')}</summary>
        {event.override === 'prepare' && <p>{t('panelWhyForced')}</p>}
        <ul data-testid="why-reasons">
          {reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
        {/* In a calendar page the panel closes on "not a party"; the page's chip then offers "prepare anyway". */}
        <button type="button" onClick={byUser(dismiss)}>
          {t('panelNotParty')}
        </button>
      </details>
      <ErrorMessage error={error} />
    </header>
  );
}
