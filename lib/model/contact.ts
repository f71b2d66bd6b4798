/**
 * The label of one e-mail, phone, address or website: one of the common ones, or the user's own
 * text ("Fax", "LinkedIn", "Assistant"), kept as it was given.
 */
export type ContactLabel = 'work' | 'home' | 'mobile' | 'other' | (string & {});

/** The labels every format and the UI know by name; anything else is a custom label. */
export const COMMON_LABELS = ['work', 'home', 'mobile', 'other'] as const;

export interface ContactEmail {
  label: ContactLabel;
  value: string;
}

export interface ContactPhone {
  label: ContactLabel;
  /** As the user typed or the file had it: shown and exported unchanged. */
  value: string;
  /**
   * The number in E.164 ("+436641234567"), computed when the contact is stored (libphonenumber-js,
   * the user's default country); absent when the text is not a valid number. Used for duplicates,
   * search and `tel:` links, never shown instead of `value`.
   */
  e164?: string;
}

/** A postal address: its parts, and/or the whole address as one text when the source gave that. */
export interface ContactAddress {
  label: ContactLabel;
  street?: string;
  /** Second address line: building, floor, c/o. */
  extended?: string;
  poBox?: string;
  postalCode?: string;
  city?: string;
  region?: string;
  country?: string;
  /** The address as one text, as the source wrote it (Google's "Formatted", a vCard LABEL). */
  formatted?: string;
}

export interface ContactWebsite {
  label: ContactLabel;
  /** As given: "https://lechner.at", "linkedin.com/in/lechner". */
  value: string;
}

/** A person the user met or wants to meet, as stored and exported. Dates are ISO 8601 strings. */
export interface ContactData {
  /** Academic or honorific title: "Dr.", "Mag.", "Prof. Dr." */
  prefix?: string;
  firstName?: string;
  middleName?: string;
  /** Family name including particles: "van der Berg". */
  lastName?: string;
  suffix?: string;
  nickname?: string;
  company?: string;
  jobTitle?: string;
  department?: string;
  /** "YYYY-MM-DD", or "--MM-DD" when the year is unknown. */
  birthday?: string;
  /** In the order the user or the file gave them; the first is the main one. */
  emails: ContactEmail[];
  phones: ContactPhone[];
  addresses: ContactAddress[];
  websites: ContactWebsite[];
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
  /** The e-mail address the user picked for the follow-up; else the first work one is used. */
  followUpEmail?: string;
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

/** The list fields of a contact. */
export const CONTACT_LIST_FIELDS = ['emails', 'phones', 'addresses', 'websites', 'tags', 'partnerFit'] as const;

/** The contact's optional text fields (everything but the lists and the stored identity). */
export const CONTACT_TEXT_FIELDS = [
  'prefix',
  'firstName',
  'middleName',
  'lastName',
  'suffix',
  'nickname',
  'company',
  'jobTitle',
  'department',
  'birthday',
  'notes',
  'eventId',
  'metAt',
  'introducedBy',
  'followUpDue',
  'followUpStatus',
  'followUpPromise',
  'followUpContext',
  'followUpEmail',
] as const satisfies readonly Exclude<keyof ContactData, (typeof CONTACT_LIST_FIELDS)[number]>[];

export type ContactTextField = (typeof CONTACT_TEXT_FIELDS)[number];

/** The address parts, in the order they are written on an envelope (street first). */
export const ADDRESS_PARTS = ['street', 'extended', 'poBox', 'postalCode', 'city', 'region', 'country'] as const;
