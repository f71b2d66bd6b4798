import { reasonText } from '../../lib/detection';
import { updateEventHost } from '../../lib/db/events';
import { db } from '../../lib/db/instance';
import { t, uiLocale } from '../../lib/i18n';
import { sendMessage } from '../../lib/messaging/client';
import type { EventRecord } from '../../lib/model/records';
import { formatWhen } from '../../lib/prep/format-when';
import { useErrorMessage } from '../useErrorMessage';
import { ErrorMessage } from '../ErrorMessage';

/** Title, time, place, host (editable), why the event was picked, and the way out of it. */
export function EventHeader({ event }: { event: EventRecord }) {
  const { error, run } = useErrorMessage();
  const when = formatWhen(event, uiLocale(), t('panelAllDay'));
  // Stored as codes, worded in the language the UI has now.
  const reasons = [...new Set((event.detection?.reasons ?? []).map((code) => reasonText(code, uiLocale())))];

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
          onBlur={(e) => {
            const host = e.target.value;
            if (host !== (event.host ?? '')) void run(() => updateEventHost(db, event.id, host));
          }}
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
        <button
          type="button"
          onClick={() => void run(() => sendMessage('event:override', { eventId: event.id, override: 'dismiss' }))}
        >
          {t('panelNotParty')}
        </button>
      </details>
      <ErrorMessage error={error} />
    </header>
  );
}
