import { sendMessage } from '../lib/messaging/client';

/**
 * Tells the background that follow-ups changed, so it reschedules reminders and updates the badge.
 * Called after a save that has already worked: if the background can't be told (it is restarting,
 * or the message fails), that is logged, never reported as a failed save. The background syncs
 * reminders again when it starts.
 */
export async function announceFollowUpChange(): Promise<void> {
  try {
    await sendMessage('follow-ups:changed', {});
  } catch (error) {
    console.warn('Sternstunde: the background was not told about the follow-up change', error);
  }
}
