import { sendMessage } from '../lib/messaging/client';

/** Tells the background that follow-ups changed, so it reschedules reminders and updates the badge. */
export async function announceFollowUpChange(): Promise<void> {
  await sendMessage('followups:changed', {});
}
