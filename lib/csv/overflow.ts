// List entries and values a format has no column for (Outlook: a 4th e-mail,
// a 3rd work phone, a 2nd home address, a birthday without year), written as
// "Label: value" pairs into the Sternstunde block of the notes (extras.ts) and
// read back from it. The pair names (docs/contacts-csv.md, "What goes into the
// Sternstunde block"):
//   E-mail (<label>): <value>      Phone (<label>): <value>      Website (<label>): <value>
//   Address <n> (<label>) <part>: <value>   part: street, extended, PO box,
//     postal code, city, region, country, formatted; <n> keeps an address's parts together
//   Birthday: --MM-DD
import type { ContactAddress, ContactInput, ContactLabel } from '../model/contact';
import { type Pair, asBirthday } from './extras';

export interface Overflow {
  emails: readonly { label: ContactLabel; value: string }[];
  phones: readonly { label: ContactLabel; value: string }[];
  addresses: readonly ContactAddress[];
  websites: readonly { label: ContactLabel; value: string }[];
  birthday?: string;
}

const ADDRESS_PARTS = [
  ['street', 'street'],
  ['extended', 'extended'],
  ['PO box', 'poBox'],
  ['postal code', 'postalCode'],
  ['city', 'city'],
  ['region', 'region'],
  ['country', 'country'],
  ['formatted', 'formatted'],
] as const satisfies readonly (readonly [string, Exclude<keyof ContactAddress, 'label'>])[];

const VALUE_KINDS = [
  ['E-mail', 'emails'],
  ['Phone', 'phones'],
  ['Website', 'websites'],
] as const;

export function overflowPairs(overflow: Overflow): Pair[] {
  const pairs: Pair[] = [];
  for (const [name, list] of VALUE_KINDS) {
    for (const { label, value } of overflow[list]) pairs.push([`${name} (${label})`, value]);
  }
  overflow.addresses.forEach((address, i) => {
    for (const [part, key] of ADDRESS_PARTS) {
      const value = address[key];
      if (value !== undefined && value.trim() !== '')
        pairs.push([`Address ${i + 1} (${address.label}) ${part}`, value]);
    }
  });
  if (overflow.birthday !== undefined) pairs.push(['Birthday', overflow.birthday]);
  return pairs;
}

const VALUE_PAIR = /^(E-mail|Phone|Website) \((.*)\)$/;
const ADDRESS_PAIR = new RegExp(`^Address (\\d+) \\((.*)\\) (${ADDRESS_PARTS.map(([part]) => part).join('|')})$`);

/** Appends the entries the pairs name to the contact's lists; returns the pairs that aren't overflow. */
export function applyOverflow(contact: ContactInput, pairs: readonly Pair[]): Pair[] {
  const rest: Pair[] = [];
  const addresses = new Map<string, ContactAddress>();
  for (const pair of pairs) {
    const [name, raw] = pair;
    const value = raw.trim();
    const single = VALUE_PAIR.exec(name.trim());
    const part = ADDRESS_PAIR.exec(name.trim());
    const kind = single && VALUE_KINDS.find(([kindName]) => kindName === single[1])?.[1];
    if (single && kind) {
      contact[kind].push({ label: single[2] ?? '', value });
    } else if (part) {
      const [, n = '', label = '', partName] = part;
      const key = ADDRESS_PARTS.find(([p]) => p === partName)?.[1];
      let address = addresses.get(n);
      if (!address) {
        address = { label };
        addresses.set(n, address);
        contact.addresses.push(address);
      }
      if (key) address[key] = value;
    } else if (name.trim() === 'Birthday' && asBirthday(value) && contact.birthday === undefined) {
      contact.birthday = value;
    } else {
      rest.push(pair);
    }
  }
  return rest;
}
