import { t } from '../../../lib/i18n';
import type { EventRecord } from '../../../lib/model/records';

/** Which party a new contact was met at; "" for none. */
export function EventSelect({
  events,
  value,
  onChange,
}: {
  events: EventRecord[];
  value: string;
  onChange: (id: string) => void;
}) {
  return (
    <label className="row small">
      <span>{t('qaEvent')}</span>
      <select className="grow" value={value} onChange={(e) => onChange(e.target.value)} data-testid="qa-event">
        <option value="">{t('qaNoEvent')}</option>
        {events.map((event) => (
          <option key={event.id} value={event.id}>
            {event.title}
          </option>
        ))}
      </select>
    </label>
  );
}
