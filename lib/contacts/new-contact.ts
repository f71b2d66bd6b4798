import type { ContactData } from '../model/contact';
import { parseQuickAdd, type QuickAddResult } from '../quick-add';
import { contextLine } from './follow-up';

/** "wien, Bau ,wien" → ["wien", "Bau"]: comma-separated, trimmed, without repeats. */
export function parseTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((tag) => tag.trim())
        .filter(Boolean),
    ),
  ];
}

/** A contact from parsed quick-add fields and what the form adds; empty texts are left out. */
export function newContact(fields: QuickAddResult, extra: Partial<ContactData> = {}): ContactData {
  const data: ContactData = { tags: [], partnerFit: [] };
  for (const [key, value] of Object.entries({ ...fields, ...extra }) as [
    keyof ContactData,
    ContactData[keyof ContactData],
  ][]) {
    const kept = typeof value === 'string' ? value.trim() : value;
    if (kept !== undefined && kept !== '') Object.assign(data, { [key]: kept });
  }
  return data;
}

/** Whether parsed fields name someone: a name, an e-mail or a phone number. */
export function identifiesSomeone(fields: QuickAddResult): boolean {
  return Boolean(fields.firstName || fields.lastName || fields.email || fields.phone);
}

/** Several people, one quick-add line each; lines that name nobody are skipped. */
export function parseContactLines(text: string): QuickAddResult[] {
  return text.split('\n').map(parseQuickAdd).filter(identifiesSomeone);
}

/** What the user noted in the debrief for one person met. */
export interface MetNote {
  discussed: string;
  promised: string;
}

/**
 * The people met at an event as new contacts, each with an open follow-up: the context line
 * says where we met and what we discussed.
 */
export function metContacts(
  people: readonly QuickAddResult[],
  notes: readonly (MetNote | undefined)[],
  event: { id: string; title: string },
  followUpDue: string,
): ContactData[] {
  return people.map((fields, i) =>
    newContact(fields, {
      eventId: event.id,
      metAt: event.title,
      followUpDue,
      followUpStatus: 'open',
      followUpContext: contextLine(event.title, notes[i]?.discussed),
      followUpPromise: notes[i]?.promised,
    }),
  );
}
