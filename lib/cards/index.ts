// PLACEHOLDER on the capture branch only, so the capture page builds before the cards branch lands:
// the cards branch owns this module and replaces this file when merged (take theirs).

export interface CardFields {
  prefix?: string;
  firstName?: string;
  lastName?: string;
  company?: string;
  jobTitle?: string;
  department?: string;
  emails: string[];
  phones: string[];
  websites: string[];
  address?: { street?: string; postalCode?: string; city?: string; region?: string; country?: string };
}

const EMAIL = /[\w.+-]+\s?@\s?[\w-]+(?:\.[\w-]+)+/g;
const PHONE = /\+?\d[\d ()/.-]{6,}\d/g;
const WEB = /\b(?:https?:\/\/)?(?:www\.)[\w.-]+\.[a-z]{2,}(?:\/\S*)?/gi;
const LEGAL = /\b(GmbH|AG|KG|SE|Ltd\.?|Inc\.?|S\.A\.|SARL|B\.V\.|S\.p\.A\.)\b/;

export function readCardText(text: string): CardFields {
  const lines = String(text ?? '').split('\n').map((l) => l.trim()).filter(Boolean);
  const emails = lines.flatMap((l) => l.match(EMAIL) ?? []).map((e) => e.replace(/\s/g, ''));
  const websites = lines.flatMap((l) => l.match(WEB) ?? []);
  const phones = lines.filter((l) => !l.includes('@')).flatMap((l) => l.match(PHONE) ?? []).map((p) => p.trim());
  const fields: CardFields = { emails, phones, websites };
  const company = lines.find((l) => LEGAL.test(l));
  if (company) fields.company = company;
  const name = lines.find((l) => /^(?:(?:Dr|Mag|Prof)\.\s)*\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){1,2}$/u.test(l) && l !== company);
  if (name) {
    const words = name.split(/\s+/);
    const prefix = words.filter((w) => w.endsWith('.'));
    const rest = words.filter((w) => !w.endsWith('.'));
    if (prefix.length) fields.prefix = prefix.join(' ');
    fields.firstName = rest[0];
    if (rest.length > 1) fields.lastName = rest.slice(1).join(' ');
    const next = lines[lines.indexOf(name) + 1];
    if (next && next !== company && !EMAIL.test(next) && !/\d/.test(next)) fields.jobTitle = next;
    EMAIL.lastIndex = 0;
  }
  return fields;
}

export function readContactCode(payload: string): CardFields {
  const fields: CardFields = { emails: [], phones: [], websites: [] };
  const text = String(payload ?? '').replace(/\r?\n[ \t]/g, '');
  if (!/^BEGIN:VCARD/i.test(text.trim())) {
    if (/^https?:\/\//i.test(text.trim())) fields.websites.push(text.trim());
    return fields;
  }
  for (const line of text.split(/\r?\n/)) {
    const m = /^([A-Z-]+)(?:;[^:]*)?:(.*)$/i.exec(line);
    if (!m) continue;
    const [, key, value] = [m[0], m[1]!.toUpperCase(), m[2]!.trim()];
    if (key === 'N') {
      const [last, first, , prefix] = value.split(';');
      if (last) fields.lastName = last;
      if (first) fields.firstName = first;
      if (prefix) fields.prefix = prefix;
    } else if (key === 'ORG') {
      const [org, dept] = value.split(';');
      if (org) fields.company = org;
      if (dept) fields.department = dept;
    } else if (key === 'TITLE') fields.jobTitle = value;
    else if (key === 'EMAIL') fields.emails.push(value);
    else if (key === 'TEL') fields.phones.push(value.replace(/^tel:/i, ''));
    else if (key === 'URL') fields.websites.push(value);
    else if (key === 'ADR') {
      const [, , street, city, region, postalCode, country] = value.split(';');
      fields.address = { street, city, region, postalCode, country };
    }
  }
  return fields;
}
