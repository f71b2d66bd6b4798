import {
  type DuplicateReason as SamePersonReason,
  findDuplicates as findSamePerson,
  mergeChanges,
  phoneMatchKeys,
} from '../contacts/duplicates';
import { foldText } from '../text/fold';
import type { CountryCode } from 'libphonenumber-js/min';
import type { Contact, ContactInput } from '../model/contact';
import { upgradeContact } from '../model/contact-upgrade';
import { fromContactRow, toContactRow, withPhoneKeys } from './contact-row';
import type { SternstundeDB } from './database';
import { phoneCountry } from './phone-country';

/** What to do with an imported contact that matches a stored one. */
export type DuplicateChoice = 'merge' | 'skip' | 'keepBoth';

/** Why an imported contact counts as a stored one: same id, or the same person (same e-mail, or same name and company). */
export type ImportDuplicateReason = 'id' | SamePersonReason;

export interface ImportDuplicate {
  /** Position of the imported contact in the list given. */
  index: number;
  existing: Contact;
  reason: ImportDuplicateReason;
}

export interface ImportDecisions {
  /** Applies to every duplicate without its own choice. */
  all: DuplicateChoice;
  /** Per imported contact (by index), overriding `all`. */
  byIndex?: ReadonlyMap<number, DuplicateChoice>;
}

export interface ImportResult {
  added: number;
  merged: number;
  skipped: number;
}

/**
 * Letters and digits only, folded: equal whenever lib/contacts/duplicates.ts finds two texts the same,
 * so it can bucket stored contacts; duplicateReason() then decides within a bucket.
 */
const coarse = (text: string | undefined): string => foldText(text ?? '').replace(/[^\p{L}\p{N}]/gu, '');

const emailBuckets = (contact: ContactInput): string[] => contact.emails.map((e) => coarse(e.value)).filter(Boolean);

/** The keys duplicateReason() compares phones by. */
const phoneBuckets = (contact: ContactInput): string[] => contact.phones.flatMap(phoneMatchKeys);

function nameBucket(contact: ContactInput): string {
  const name = coarse(`${contact.firstName ?? ''}${contact.lastName ?? ''}`);
  const company = coarse(contact.company);
  return name && company ? JSON.stringify([name, company]) : '';
}

/** Stored contacts by id and in buckets of possible duplicates, so a large import compares few pairs. */
class StoredIndex {
  private readonly byId = new Map<string, Contact>();
  private readonly buckets = new Map<string, Contact[]>();

  constructor(contacts: readonly Contact[]) {
    for (const contact of contacts) {
      this.byId.set(contact.id, contact);
      for (const key of this.bucketKeys(contact)) {
        const bucket = this.buckets.get(key);
        if (bucket) bucket.push(contact);
        else this.buckets.set(key, [contact]);
      }
    }
  }

  private bucketKeys(contact: ContactInput): string[] {
    const name = nameBucket(contact);
    return [
      ...emailBuckets(contact).map((key) => `e${key}`),
      ...phoneBuckets(contact).map((key) => `p${key}`),
      ...(name ? [`n${name}`] : []),
    ];
  }

  ids(): Set<string> {
    return new Set(this.byId.keys());
  }

  match(contact: ContactInput): Omit<ImportDuplicate, 'index'> | undefined {
    const byId = contact.id === undefined ? undefined : this.byId.get(contact.id);
    if (byId) return { existing: byId, reason: 'id' };
    const candidates = new Set(this.bucketKeys(contact).flatMap((key) => this.buckets.get(key) ?? []));
    const [best] = findSamePerson(contact, [...candidates]);
    return best && { existing: best.contact, reason: best.reason };
  }
}

function findIn(index: StoredIndex, contacts: readonly ContactInput[]): ImportDuplicate[] {
  const duplicates: ImportDuplicate[] = [];
  contacts.forEach((contact, i) => {
    const match = index.match(contact);
    if (match) duplicates.push({ index: i, ...match });
  });
  return duplicates;
}

/** Imported contacts in the current model with their phones' E.164 forms, as they would be stored. */
const prepared = (contacts: readonly ContactInput[], country: CountryCode | undefined): ContactInput[] =>
  contacts.map((contact) => withPhoneKeys(upgradeContact(contact), country));

/** The imported contacts that match a stored contact, for the preview. */
export async function findImportDuplicates(
  db: SternstundeDB,
  contacts: readonly ContactInput[],
): Promise<ImportDuplicate[]> {
  const country = await phoneCountry(db);
  const stored = (await db.contacts.toArray()).map(fromContactRow);
  return findIn(new StoredIndex(stored), prepared(contacts, country));
}

/** The stored contact with the imported one's details merged in (see mergeChanges); itself when nothing is new. */
function mergeContact(stored: Contact, imported: ContactInput, now: string): Contact {
  const changes = mergeChanges(stored, imported);
  return Object.keys(changes).length === 0 ? stored : { ...stored, ...changes, updatedAt: now };
}

/** A stored contact from an imported one: its own id and timestamps when it has them, fresh ones otherwise. */
function newContact(imported: ContactInput, id: string | undefined, now: string): Contact {
  return {
    ...imported,
    tags: imported.tags ?? [],
    partnerFit: imported.partnerFit ?? [],
    id: id ?? crypto.randomUUID(),
    createdAt: imported.createdAt ?? now,
    updatedAt: imported.updatedAt ?? now,
  };
}

/**
 * Writes imported contacts in one transaction: all or nothing. Duplicates of stored contacts
 * (checked again inside the transaction) are merged, skipped or kept beside the stored one as
 * decided; a kept duplicate whose id is taken gets a fresh id.
 */
export async function importContacts(
  db: SternstundeDB,
  imports: readonly ContactInput[],
  decisions: ImportDecisions,
): Promise<ImportResult> {
  const country = await phoneCountry(db);
  const contacts = prepared(imports, country);
  return db.transaction('rw', db.contacts, async () => {
    const now = new Date().toISOString();
    const index = new StoredIndex((await db.contacts.toArray()).map(fromContactRow));
    const duplicates = new Map(findIn(index, contacts).map((d) => [d.index, d]));
    const takenIds = index.ids();
    const added: Contact[] = [];
    const merged = new Map<string, Contact>();
    const result: ImportResult = { added: 0, merged: 0, skipped: 0 };
    contacts.forEach((imported, i) => {
      const duplicate = duplicates.get(i);
      const choice = duplicate ? (decisions.byIndex?.get(i) ?? decisions.all) : 'keepBoth';
      if (choice === 'skip') {
        result.skipped++;
      } else if (choice === 'merge' && duplicate) {
        // Several imported rows may merge into the same stored contact: merge into its latest state.
        const target = merged.get(duplicate.existing.id) ?? duplicate.existing;
        merged.set(target.id, mergeContact(target, imported, now));
        result.merged++;
      } else {
        const id = imported.id !== undefined && !takenIds.has(imported.id) ? imported.id : undefined;
        const contact = newContact(imported, id, now);
        takenIds.add(contact.id);
        added.push(contact);
        result.added++;
      }
    });
    await db.contacts.bulkPut([...merged.values()].map((c) => toContactRow(c, country)));
    await db.contacts.bulkAdd(added.map((c) => toContactRow(c, country)));
    return result;
  });
}
