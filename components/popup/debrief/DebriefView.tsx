import type { Navigate } from '../route';
import { DebriefForm } from './DebriefForm';
import { DebriefList } from './DebriefList';

/** The parties waiting for a debrief, or the debrief of one (popup.html#debrief=<eventId>). */
export function DebriefView({ eventId, navigate }: { eventId?: string; navigate: Navigate }) {
  return eventId ? (
    <DebriefForm key={eventId} eventId={eventId} navigate={navigate} />
  ) : (
    <DebriefList onOpen={(id) => navigate({ tab: 'debrief', id })} />
  );
}
