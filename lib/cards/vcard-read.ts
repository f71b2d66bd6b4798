// Reads the first vCard (2.1, 3.0 or 4.0) of a payload: folded lines, quoted-printable with a
// charset, escapes, structured N/ORG/ADR. The formats are summarised in docs/business-cards.md.
import { readCardReading } from './card-text';
import { splitEscaped, splitCardName, structuredAddress } from './escapes';
import { type CardPhoneLabel, type CardReading, emptyReading } from './types';
import { addUnique, cleanEmail, cleanPhone, cleanText, cleanUrl } from './values';

interface Property {
  name: string;
  params: Map<string, string[]>;
  /** Bare 2.1 parameters ("TEL;WORK;FAX") and TYPE values, lower case. */
  types: Set<string>;
  value: string;
}

const MAX_PROPERTIES = 200;
/** Binary properties carry no field we read, and they are the large ones. */
const SKIPPED = new Set(['PHOTO', 'LOGO', 'SOUND', 'KEY']);

export function readVCard(payload: string): CardReading {
  const start = payload.search(/BEGIN:VCARD/i);
  const endMatch = /END:VCARD/i.exec(payload.slice(start));
  const body = payload.slice(start, endMatch ? start + endMatch.index : undefined);
  const properties = parseProperties(body);
  return collect(properties);
}

/** Splits the card into logical lines: folding (CRLF + space) and quoted-printable soft breaks undone. */
function logicalLines(body: string): string[] {
  const physical = body.split(/\r\n|\r|\n/);
  const lines: string[] = [];
  for (const line of physical) {
    const previous = lines[lines.length - 1];
    if (previous !== undefined && /^[ \t]/.test(line)) {
      lines[lines.length - 1] = previous + line.slice(1);
    } else if (previous !== undefined && isQuotedPrintable(previous) && previous.endsWith('=')) {
      // 2.1 quoted-printable: "=" at the end of a line continues it on the next one.
      lines[lines.length - 1] = previous.slice(0, -1) + line;
    } else {
      lines.push(line);
    }
    if (lines.length > MAX_PROPERTIES) break;
  }
  return lines;
}

const isQuotedPrintable = (line: string) => /^[^:]*;(?:ENCODING=)?QUOTED-PRINTABLE[;:]/i.test(line);

function parseProperties(body: string): Property[] {
  const properties: Property[] = [];
  for (const line of logicalLines(body)) {
    const property = parseLine(line);
    if (property && !SKIPPED.has(property.name)) properties.push(property);
  }
  return properties;
}

/** `group.NAME;PARAM=a,b;BARE:value` — a colon inside a quoted parameter value does not end the name. */
function parseLine(line: string): Property | undefined {
  let colon = -1;
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (char === '"') quoted = !quoted;
    else if (char === ':' && !quoted) {
      colon = i;
      break;
    }
  }
  if (colon <= 0) return undefined;
  const [rawName = '', ...rawParams] = line.slice(0, colon).split(';');
  const name = rawName.replace(/^.*\./, '').toUpperCase();
  const params = new Map<string, string[]>();
  const types = new Set<string>();
  for (const raw of rawParams) {
    const eq = raw.indexOf('=');
    const key = (eq < 0 ? 'TYPE' : raw.slice(0, eq)).trim().toUpperCase();
    const values = (eq < 0 ? raw : raw.slice(eq + 1))
      .split(',')
      .map((v) => v.replace(/^"|"$/g, '').trim())
      .filter(Boolean);
    params.set(key, [...(params.get(key) ?? []), ...values]);
    if (key === 'TYPE') for (const v of values) types.add(v.toLowerCase());
  }
  if (types.has('quoted-printable')) params.set('ENCODING', ['QUOTED-PRINTABLE']);
  let value = line.slice(colon + 1);
  if (params.get('ENCODING')?.[0]?.toUpperCase() === 'QUOTED-PRINTABLE') {
    value = decodeQuotedPrintable(value, params.get('CHARSET')?.[0]);
  } else if (/^(?:B|BASE64)$/i.test(params.get('ENCODING')?.[0] ?? '')) {
    return undefined;
  }
  return { name, params, types, value };
}

function decodeQuotedPrintable(value: string, charset = 'utf-8'): string {
  const bytes: number[] = [];
  const encoder = new TextEncoder();
  for (let i = 0; i < value.length; i++) {
    const hex = value.slice(i + 1, i + 3);
    if (value[i] === '=' && /^[\dA-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...encoder.encode(value[i]));
    }
  }
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset);
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  // Bytes that are not text in the charset become U+FFFD, which cleanText removes.
  return decoder.decode(new Uint8Array(bytes));
}

/** Property text: `\,` `\;` `\\` resolved, `\n` a new line (", "). */
const single = (value: string) => splitEscaped(value, undefined, { newline: ', ' }).join('');
/** Structured components (N, ADR): split at `;`, with `\,` kept for the split of one component into values. */
const structured = (value: string) => splitEscaped(value, ';', { newline: ' ', keep: ',' });
/** A component's values joined: "Dr.,Prof." → "Dr. Prof.". */
const values = (component: string | undefined, separator: string) =>
  component === undefined ? undefined : cleanText(splitEscaped(component, ',').join(separator));

function phoneLabel(types: Set<string>): CardPhoneLabel {
  if (types.has('fax')) return 'fax';
  if (types.has('cell') || types.has('mobile') || types.has('iphone')) return 'mobile';
  if (types.has('work')) return 'work';
  if (types.has('home')) return 'home';
  return 'other';
}

function collect(properties: readonly Property[]): CardReading {
  const reading = emptyReading();
  const first = (name: string) => properties.find((p) => p.name === name);
  const n = first('N');
  if (n) {
    const [family, given, additional, prefixes] = structured(n.value);
    const firstName = cleanText([values(given, ' '), values(additional, ' ')].filter(Boolean).join(' '));
    const lastName = values(family, ' ');
    const prefix = values(prefixes, ' ');
    Object.assign(reading, {
      ...(prefix && { prefix }),
      ...(firstName && { firstName }),
      ...(lastName && { lastName }),
    });
  }
  const fn = first('FN');
  // No structured name: FN split the way quick add splits a typed name.
  if (!reading.firstName && !reading.lastName && fn)
    Object.assign(reading, { ...splitCardName(single(fn.value)), ...(reading.prefix && { prefix: reading.prefix }) });
  const org = first('ORG');
  if (org) {
    const [company, ...departments] = splitEscaped(org.value, ';', { newline: ', ' });
    const companyName = cleanText(company);
    const department = cleanText(
      departments
        .map((d) => d.trim())
        .filter(Boolean)
        .join(', '),
    );
    if (companyName) reading.company = companyName;
    if (department) reading.department = department;
  }
  const title = cleanText(single(first('TITLE')?.value ?? '')) ?? cleanText(single(first('ROLE')?.value ?? ''));
  if (title) reading.jobTitle = title;
  for (const property of properties) {
    const value = single(property.value).trim();
    if (property.name === 'EMAIL') addUnique(reading.emails, cleanEmail(value));
    else if (property.name === 'URL' || property.name === 'X-SOCIALPROFILE')
      addUnique(reading.websites, cleanUrl(value));
    else if (property.name === 'TEL') {
      const phone = cleanPhone(value.replace(/^tel:/i, '').replace(/;.*$/, ''));
      if (phone && !reading.phones.some((p) => p.value === phone))
        reading.phones.push({ value: phone, label: phoneLabel(property.types) });
    }
  }
  const addresses = properties.filter((p) => p.name === 'ADR');
  const adr = addresses.find((p) => p.types.has('work')) ?? addresses[0];
  if (adr) {
    const components = structured(adr.value).map((c) => values(c, ', '));
    const [, , , city, , postalCode] = components;
    // Some phones write the whole address into the street, one line each ("…12=0D=0A1010 Wien",
    // "…12\n1010 Wien"): such a street is read like printed lines.
    const lines = splitEscaped(adr.value, ';', { newline: '\n' }).filter((c) => c.trim());
    const address =
      !city && !postalCode && lines.some((c) => /[\r\n]/.test(c))
        ? readCardReading(lines.join('\n')).address
        : structuredAddress(components);
    if (address) reading.address = address;
  }
  return reading;
}
