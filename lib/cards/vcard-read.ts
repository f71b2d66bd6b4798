// Reads the first vCard (2.1, 3.0 or 4.0) of a payload: folded lines, quoted-printable with a
// charset, escapes, structured N/ORG/ADR. The formats are summarised in docs/business-cards.md.
import { readQuickAdd } from '../quick-add';
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

/** Splits at unescaped `;`, then resolves `\,` `\;` `\\` and `\n` (a new line: ", "). */
function components(value: string): string[] {
  const parts: string[] = [''];
  for (let i = 0; i < value.length; i++) {
    const char = value[i] ?? '';
    if (char === '\\' && i + 1 < value.length) {
      const next = value[++i] ?? '';
      parts[parts.length - 1] += next === 'n' || next === 'N' ? ', ' : next;
    } else if (char === ';') {
      parts.push('');
    } else {
      parts[parts.length - 1] += char;
    }
  }
  return parts;
}

const single = (value: string) => components(value).join(';');
/** A structured component may hold several values separated by commas ("Dr.,Prof."). */
const joined = (component: string | undefined) =>
  component === undefined
    ? undefined
    : cleanText(
        component
          .split(/(?<!\\),/)
          .join(' ')
          .replace(/\\,/g, ','),
      );

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
    const [family, given, additional, prefixes] = rawComponents(n.value);
    const firstName = cleanText([joined(given), joined(additional)].filter(Boolean).join(' '));
    const lastName = joined(family);
    const prefix = joined(prefixes);
    Object.assign(reading, {
      ...(prefix && { prefix }),
      ...(firstName && { firstName }),
      ...(lastName && { lastName }),
    });
  }
  const fn = first('FN');
  if (!reading.firstName && !reading.lastName && fn) {
    // No structured name: FN split the way quick add splits a typed name.
    const { prefix, firstName, lastName } = readQuickAdd(single(fn.value));
    Object.assign(reading, {
      ...(prefix && !reading.prefix && { prefix }),
      ...(firstName && { firstName }),
      ...(lastName && { lastName }),
    });
  }
  const org = first('ORG');
  if (org) {
    const [company, ...departments] = components(org.value);
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
    const [poBox, extended, street, city, region, postalCode, country] = rawComponents(adr.value).map(
      (c) =>
        c &&
        cleanText(
          c
            .split(/(?<!\\),/)
            .join(', ')
            .replace(/\\,/g, ','),
        ),
    );
    const streetLine = cleanText([street, extended, poBox].filter(Boolean).join(', '));
    const address = Object.fromEntries(
      Object.entries({ street: streetLine, postalCode, city, region, country }).filter(([, v]) => v),
    );
    if (Object.keys(address).length > 0) reading.address = address;
  }
  return reading;
}

/** Structured components with `\n`, `\;` and `\\` resolved but `\,` kept (it separates values within one). */
function rawComponents(value: string): string[] {
  const parts: string[] = [''];
  for (let i = 0; i < value.length; i++) {
    const char = value[i] ?? '';
    if (char === '\\' && i + 1 < value.length) {
      const next = value[++i] ?? '';
      parts[parts.length - 1] += next === 'n' || next === 'N' ? ' ' : next === ',' ? '\\,' : next;
    } else if (char === ';') {
      parts.push('');
    } else {
      parts[parts.length - 1] += char;
    }
  }
  return parts;
}
