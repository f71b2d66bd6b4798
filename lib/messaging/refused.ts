/**
 * A message the background (or a content script) would not answer for this sender: it came from
 * a kind of sender the message is not for, about another calendar's data, from a private window
 * the user has not allowed, or too often. It reaches the sender as this error, never as data.
 */
export class RefusedError extends Error {
  override name = 'RefusedError';
  constructor(reason: string) {
    super(`Refused: ${reason}`);
  }
}
