export interface MailDraft {
  /** One address or several separated by commas. */
  to?: string;
  subject: string;
  body: string;
}

/**
 * A `mailto:` link (RFC 6068): percent-encoded with spaces as %20, body line breaks as %0D%0A.
 * Line breaks in the subject become spaces (a header has one line). Empty fields are left out.
 */
export function mailtoUrl(draft: MailDraft): string {
  const to = encode((draft.to ?? '').trim())
    .replace(/%40/g, '@')
    .replace(/%2C/g, ',');
  const params: string[] = [];
  const subject = draft.subject.replace(/[\r\n]+/g, ' ').trim();
  if (subject) params.push(`subject=${encode(subject)}`);
  if (draft.body) params.push(`body=${encode(draft.body.replace(/\r\n?|\n/g, '\r\n'))}`);
  return `mailto:${to}${params.length > 0 ? `?${params.join('&')}` : ''}`;
}

/** Lone surrogates become U+FFFD first: encodeURIComponent throws on them. */
function encode(value: string): string {
  return encodeURIComponent(value.toWellFormed());
}
