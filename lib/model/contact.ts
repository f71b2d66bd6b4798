/** A person the user met or wants to meet, as stored and exported. Dates are ISO 8601 strings. */
export interface ContactData {
  /** Academic or honorific title: "Dr.", "Mag.", "Prof. Dr." */
  prefix?: string;
  firstName?: string;
  middleName?: string;
  /** Family name including particles: "van der Berg". */
  lastName?: string;
  suffix?: string;
  company?: string;
  jobTitle?: string;
  department?: string;
  email?: string;
  phone?: string;
  website?: string;
  linkedin?: string;
  address?: string;
  notes?: string;
  tags: string[];
  /** Id of the event where the user met the contact (events table). */
  eventId?: string;
  /** Title of that event, kept so exports and imports carry it without the events table. */
  metAt?: string;
  /** Who introduced the user to this contact (often the host). */
  introducedBy?: string;
  /** Names of the user's network partners this contact would suit. */
  partnerFit: string[];
  /** When the follow-up is due (ISO date-time). */
  followUpDue?: string;
  followUpStatus?: 'open' | 'done';
  /** What the user promised to send or do. */
  followUpPromise?: string;
  /** Where we met + what we discussed: shown in reminders and e-mail drafts. */
  followUpContext?: string;
}

/** Identity and timestamps every stored row has. */
export interface Stored {
  id: string;
  createdAt: string;
  updatedAt: string;
}

export type Contact = ContactData & Stored;

/** What formats and importers exchange: a contact that may not be stored yet. */
export type ContactInput = ContactData & Partial<Stored>;

/** The contact's optional text fields (everything but the lists and the stored identity). */
export const CONTACT_TEXT_FIELDS = [
  'prefix',
  'firstName',
  'middleName',
  'lastName',
  'suffix',
  'company',
  'jobTitle',
  'department',
  'email',
  'phone',
  'website',
  'linkedin',
  'address',
  'notes',
  'eventId',
  'metAt',
  'introducedBy',
  'followUpDue',
  'followUpStatus',
  'followUpPromise',
  'followUpContext',
] as const satisfies readonly Exclude<keyof ContactData, 'tags' | 'partnerFit'>[];
