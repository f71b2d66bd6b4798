// One contact as a vCard 4.0 (RFC 6350). Labels (docs/contacts-csv.md, "vCard"):
// work and home are TYPE=work / TYPE=home, a mobile phone TYPE=cell, a phone
// labelled other TYPE=voice, other e-mails, addresses and websites carry no
// TYPE; any other label (a custom one, or "mobile" for an e-mail) goes into a
// property group with an X-ABLabel property, as Apple and Google write and
// read it (item1.TEL;TYPE=fax:… + item1.X-ABLabel:Fax), with TYPE=fax or
// TYPE=pager added when the label says so.
import type { ContactAddress, ContactInput, ContactLabel } from '../model/contact';
import { compound, escapeText, paramValue, textList, uriValue } from './escape';

const present = (value: string | undefined): value is string => value !== undefined && value.trim() !== '';

/** FN is required: the name, else the company, e-mail, phone or web address. */
function formattedName(contact: ContactInput): string {
  const name = [contact.prefix, contact.firstName, contact.middleName, contact.lastName, contact.suffix]
    .filter(present)
    .map((part) => part.trim())
    .join(' ');
  const fallback = [
    contact.company,
    ...contact.emails.map((e) => e.value),
    ...contact.phones.map((p) => p.value),
    ...contact.websites.map((w) => w.value),
  ].find(present);
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

/** BDAY as a date in basic format (19850412, --1224); any other text as a text value. */
function birthday(value: string): string {
  const date = /^(\d{4}|-)-(\d{2})-(\d{2})$/.exec(value);
  return date ? `BDAY:${date[1] === '-' ? '--' : date[1]}${date[2]}${date[3]}` : `BDAY;VALUE=text:${escapeText(value)}`;
}

const items = (list: readonly string[]): string[] => list.filter(present);

type Kind = 'EMAIL' | 'TEL' | 'ADR' | 'URL';

/** TYPE values of a common label per property; undefined: the label needs an X-ABLabel. */
function commonTypes(kind: Kind, label: ContactLabel): string[] | undefined {
  if (label === 'work' || label === 'home') return kind === 'TEL' ? [label, 'voice'] : [label];
  if (label === 'other') return kind === 'TEL' ? ['voice'] : [];
  if (label === 'mobile' && kind === 'TEL') return ['cell'];
  return undefined;
}

/** TYPE hints for a custom label, for clients that don't read X-ABLabel. */
function customTypes(kind: Kind, label: string): string[] {
  if (kind !== 'TEL') return [];
  const types: string[] = [];
  if (/\b(?:work|business)\b/i.test(label)) types.push('work');
  else if (/\bhome\b/i.test(label)) types.push('home');
  if (/fax/i.test(label)) types.push('fax');
  else if (/pager/i.test(label)) types.push('pager');
  return types;
}

/** The unfolded content lines of one vCard. */
export function vCardLines(contact: ContactInput): string[] {
  const lines = ['BEGIN:VCARD', 'VERSION:4.0', `FN:${escapeText(formattedName(contact))}`];
  const text = (property: string, value: string | undefined) => {
    if (present(value)) lines.push(`${property}:${escapeText(value)}`);
  };
  let groups = 0;
  /** A labelled property: its TYPE, or a group with X-ABLabel for a label vCard has no TYPE for. */
  const labelled = (kind: Kind, label: ContactLabel, params: string, value: string) => {
    const common = commonTypes(kind, label);
    const types = common ?? customTypes(kind, label);
    const type = types.length > 0 ? `;TYPE=${types.join(',')}` : '';
    if (common) {
      lines.push(`${kind}${type}${params}:${value}`);
      return;
    }
    const group = `item${++groups}`;
    lines.push(`${group}.${kind}${type}${params}:${value}`, `${group}.X-ABLabel:${escapeText(label)}`);
  };

  lines.push(
    `N:${compound([contact.lastName, contact.firstName, contact.middleName, contact.prefix, contact.suffix])}`,
  );
  text('NICKNAME', contact.nickname);
  if (present(contact.company) || present(contact.department)) {
    lines.push(`ORG:${compound([contact.company, contact.department])}`);
  }
  text('TITLE', contact.jobTitle);
  if (present(contact.birthday)) lines.push(birthday(contact.birthday.trim()));
  for (const email of contact.emails) {
    if (present(email.value)) labelled('EMAIL', email.label, '', escapeText(email.value));
  }
  for (const phone of contact.phones) {
    if (present(phone.value)) labelled('TEL', phone.label, ';VALUE=text', escapeText(phone.value));
  }
  for (const address of contact.addresses) {
    const line = adr(address);
    if (line) labelled('ADR', address.label, line.params, line.value);
  }
  for (const website of contact.websites) {
    if (present(website.value)) labelled('URL', website.label, '', uriValue(website.value));
  }
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
  text('X-STERNSTUNDE-FOLLOW-UP-EMAIL', contact.followUpEmail);

  if (present(contact.id)) lines.push(uid(contact.id));
  const rev = present(contact.updatedAt) ? revision(contact.updatedAt) : undefined;
  if (rev) lines.push(rev);
  lines.push('END:VCARD');
  return lines;
}

/**
 * ADR's seven components (PO box; extended; street; city; region; postal code;
 * country) and the address as one text in the LABEL parameter. An address
 * that is only that text also has it as the street, for clients that ignore LABEL.
 */
function adr(address: ContactAddress): { params: string; value: string } | undefined {
  const parts = [
    address.poBox,
    address.extended,
    address.street,
    address.city,
    address.region,
    address.postalCode,
    address.country,
  ];
  const hasParts = parts.some(present);
  if (!hasParts && !present(address.formatted)) return undefined;
  if (!hasParts) parts[2] = address.formatted;
  const params = present(address.formatted) ? `;LABEL=${paramValue(address.formatted)}` : '';
  return { params, value: compound(parts.map((part) => (present(part) ? part : undefined))) };
}
