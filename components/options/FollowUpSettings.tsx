/** Placeholder: follow-up rules (hours after the event, skip weekends) — being built for issue 6. */
export function FollowUpSettings() {
  return null;
}
