import type { SternstundeDB } from '../../lib/db/database';
import { upsertSeenEvent } from '../../lib/db/events';
import type { Handlers } from '../../lib/messaging/router';
import { parseDetection, parseSnapshot } from '../../lib/messaging/validate';

/** What the background does for each protocol message. */
export function createHandlers(db: SternstundeDB): Handlers {
  return {
    'event:opened': async (payload) => {
      const record = await upsertSeenEvent(db, parseSnapshot(payload.snapshot), parseDetection(payload.detection));
      return { eventId: record.id, override: record.override };
    },
  };
}
