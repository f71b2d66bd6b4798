import type { ContactInput } from '../model/contact';
import { compound, escapeText, textList, uriValue } from './escape';

const present = (value: string | undefined): value is string => value !== undefined && value.trim() !== '';

/** FN is required: the name, else the company, e-mail, phone or web address. */
function formattedName(contact: ContactInput): string {
  const name = [contact.prefix, contact.firstName, contact.middleName, contact.lastName, contact.suffix]
    .filter(present)
    .map((part) => part.trim())
    .join(' ');
  const fallback = [contact.company, contact.email, contact.phone, contact.website, contact.linkedin].find(present);
  return name || fallback?.trim() || 'Unnamed contact';
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** UID is a URI by default; an id that isn't a UUID is marked as free text. */
const uid = (id: string): string =>
  UUID.test(id) ? `UID:urn:uuid:${id.toLowerCase()}` : `UID;VALUE=text:${escapeText(id)}`;

/** REV as a UTC timestamp (20251215T090000Z); none if the date doesn't parse. */
function revision(updatedAt: string): string | undefined {
  const time = Date.parse(updatedAt);
  return Number.isNaN(time) ? undefined : `REV:${new Date(time).toISOString().replace(/[-:]|\.\d{3}/g, '')}`;
}

const items = (list: readonly string[] | undefined): string[] => (list ?? []).filter(present);

/** The unfolded content lines of one vCard. */
export function cardLines(contact: ContactInput): string[] {
  const lines = ['BEGIN:VCARD', 'VERSION:4.0', `FN:${escapeText(formattedName(contact))}`];
  const text = (property: string, value: string | undefined) => {
    if (present(value)) lines.push(`${property}:${escapeText(value)}`);
  };
  const uri = (property: string, value: string | undefined) => {
    if (present(value)) lines.push(`${property}:${uriValue(value)}`);
  };

  lines.push(
    `N:${compound([contact.lastName, contact.firstName, contact.middleName, contact.prefix, contact.suffix])}`,
  );
  if (present(contact.company) || present(contact.department)) {
    lines.push(`ORG:${compound([contact.company, contact.department])}`);
  }
  text('TITLE', contact.jobTitle);
  text('EMAIL;TYPE=work', contact.email);
  text('TEL;TYPE=cell', contact.phone);
  if (present(contact.address)) lines.push(`ADR;TYPE=work:${compound(['', '', contact.address, '', '', '', ''])}`);
  uri('URL;TYPE=work', contact.website);
  uri('URL', contact.linkedin);
  text('NOTE', contact.notes);
  const tags = items(contact.tags);
  if (tags.length > 0) lines.push(`CATEGORIES:${textList(tags)}`);

  // Sternstunde's own fields as private extension properties (RFC 6350 6.10).
  text('X-STERNSTUNDE-MET-AT', contact.metAt);
  text('X-STERNSTUNDE-INTRODUCED-BY', contact.introducedBy);
  const partners = items(contact.partnerFit);
  if (partners.length > 0) lines.push(`X-STERNSTUNDE-PARTNER-FIT:${textList(partners)}`);
  text('X-STERNSTUNDE-FOLLOW-UP-DUE', contact.followUpDue);
  text('X-STERNSTUNDE-FOLLOW-UP-STATUS', contact.followUpStatus);
  text('X-STERNSTUNDE-FOLLOW-UP-PROMISE', contact.followUpPromise);
  text('X-STERNSTUNDE-FOLLOW-UP-CONTEXT', contact.followUpContext);

  if (present(contact.id)) lines.push(uid(contact.id));
  const rev = present(contact.updatedAt) ? revision(contact.updatedAt) : undefined;
  if (rev) lines.push(rev);
  lines.push('END:VCARD');
  return lines;
}
