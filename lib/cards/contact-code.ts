// Reads a decoded QR payload: vCard, MECARD, BIZCARD, MATMSG, mailto:, tel:/sms:, a URL, or else text.
import { splitEscaped, splitCardName, structuredAddress } from './escapes';
import { readCardReading } from './card-text';
import { type CardReading, emptyReading } from './types';
import { addUnique, cleanEmail, cleanPhone, cleanText, cleanUrl, squashSpaces } from './values';
import { readVCard } from './vcard-read';

/** A QR code holds at most 7089 characters; anything longer is not a card's code. */
export const MAX_PAYLOAD = 8000;

export function readCodeReading(input: unknown): CardReading {
  if (typeof input !== 'string') return emptyReading();
  const payload = input.slice(0, MAX_PAYLOAD).replace(/^\uFEFF/, '');
  const head = payload.trimStart();
  if (/BEGIN:VCARD/i.test(payload)) return readVCard(payload);
  if (/^MECARD:/i.test(head)) return readMeCard(head.slice(7));
  if (/^BIZCARD:/i.test(head)) return readBizCard(head.slice(8));
  if (/^MATMSG:/i.test(head)) return readMatMsg(head.slice(7));
  if (/^mailto:/i.test(head)) return readMailto(head.trim());
  if (/^(?:tel|sms|smsto|mms|mmsto):/i.test(head)) return readTel(head.trim());
  const url = cleanUrl(head.trim());
  if (url) return { ...emptyReading(), websites: [url] };
  if (/^[a-z][a-z\d+.-]*:\S/i.test(head)) return emptyReading(); // WIFI:, geo:, otpauth: …: no contact
  return readCardReading(payload);
}

/** `KEY:value;KEY:value;;` with `\;` `\:` `\,` `\\` escaped. */
function fieldsOf(body: string): [key: string, value: string][] {
  const fields: [string, string][] = [];
  let current = '';
  for (let i = 0; i < body.length; i++) {
    const char = body[i] ?? '';
    if (char === '\\' && i + 1 < body.length) current += char + (body[++i] ?? '');
    else if (char === ';') {
      pushField(fields, current);
      current = '';
    } else current += char;
  }
  pushField(fields, current);
  return fields;
}

function pushField(fields: [string, string][], raw: string): void {
  const colon = raw.indexOf(':');
  if (colon > 0) fields.push([raw.slice(0, colon).trim().toUpperCase(), raw.slice(colon + 1)]);
}

const unescape = (value: string, split = false) => splitEscaped(value, split ? ',' : undefined);
const text = (value: string) => unescape(value).join('');

function readMeCard(body: string): CardReading {
  const reading = emptyReading();
  for (const [key, value] of fieldsOf(body)) {
    if (key === 'N' && !reading.firstName && !reading.lastName) {
      // "N:Berger,Anna": family name first; without a comma it is the whole name.
      const parts = unescape(value, true);
      if (parts.length >= 2) {
        const lastName = cleanText(parts[0]);
        const firstName = cleanText(parts.slice(1).join(' '));
        Object.assign(reading, { ...(firstName && { firstName }), ...(lastName && { lastName }) });
      } else {
        Object.assign(reading, splitCardName(text(value)));
      }
    } else if (key === 'EMAIL') addUnique(reading.emails, cleanEmail(text(value).trim()));
    else if (key === 'URL') addUnique(reading.websites, cleanUrl(text(value).trim()));
    else if (key === 'TEL') {
      const phone = cleanPhone(text(value));
      if (phone && !reading.phones.some((p) => p.value === phone))
        reading.phones.push({ value: phone, label: 'other' });
    } else if (key === 'ORG' && !reading.company) {
      const company = cleanText(text(value));
      if (company) reading.company = company;
    } else if (key === 'TITLE' && !reading.jobTitle) {
      const jobTitle = cleanText(text(value));
      if (jobTitle) reading.jobTitle = jobTitle;
    } else if (key === 'ADR' && !reading.address) {
      const address = readMeCardAddress(value);
      if (address) reading.address = address;
    }
  }
  return reading;
}

/** Seven comma-separated parts are the vCard order; anything else is read like printed lines. */
function readMeCardAddress(value: string): CardReading['address'] {
  const parts = unescape(value, true);
  return parts.length === 7 ? structuredAddress(parts) : readCardReading(parts.join('\n')).address;
}

const BIZCARD_PHONES: Record<string, CardReading['phones'][number]['label']> = { B: 'work', M: 'mobile', F: 'fax' };

/** `BIZCARD:N:Anna;X:Berger;T:CFO;C:Lechner AG;A:…;B:+43 1 234;M:+43 660 1;F:…;E:anna@…;;` (N is the first name, X the last). */
function readBizCard(body: string): CardReading {
  const reading = emptyReading();
  const first: Partial<Record<string, string>> = {};
  for (const [key, value] of fieldsOf(body)) {
    const label = BIZCARD_PHONES[key];
    const phone = label && cleanPhone(text(value));
    if (phone && !reading.phones.some((p) => p.value === phone)) reading.phones.push({ value: phone, label });
    else if (key === 'E') addUnique(reading.emails, cleanEmail(text(value).trim()));
    else if (['N', 'X', 'T', 'C', 'A'].includes(key) && first[key] === undefined) first[key] = text(value);
  }
  const fields = {
    firstName: cleanText(first['N']),
    lastName: cleanText(first['X']),
    jobTitle: cleanText(first['T']),
    company: cleanText(first['C']),
  };
  for (const [field, value] of Object.entries(fields)) if (value) Object.assign(reading, { [field]: value });
  const address = first['A'] && readCardReading(first['A'].split(/,\s*/).join('\n')).address;
  if (address) reading.address = address;
  return reading;
}

function readMatMsg(body: string): CardReading {
  const reading = emptyReading();
  for (const [key, value] of fieldsOf(body))
    if (key === 'TO') addUnique(reading.emails, cleanEmail(text(value).trim()));
  return reading;
}

/** `mailto:a@x.at,b@y.at?cc=…&subject=…`: the addresses before "?" and a `to=` parameter. */
function readMailto(uri: string): CardReading {
  const reading = emptyReading();
  const [path = '', query = ''] = uri.slice(7).split('?', 2);
  const to = query
    .split('&')
    .filter((pair) => /^to=/i.test(pair))
    .map((pair) => pair.slice(3));
  for (const address of [...path.split(','), ...to.flatMap((t) => t.split(','))])
    addUnique(reading.emails, cleanEmail(decodePercent(address).trim()));
  return reading;
}

function decodePercent(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** `tel:+43-1-234;ext=5`, `SMSTO:+43660123:message`. */
function readTel(uri: string): CardReading {
  const reading = emptyReading();
  const number = squashSpaces(decodePercent(uri.replace(/^[a-z]+:/i, '')).split(/[;:?,]/)[0] ?? '');
  const phone = cleanPhone(number);
  if (phone) reading.phones.push({ value: phone, label: 'other' });
  return reading;
}
