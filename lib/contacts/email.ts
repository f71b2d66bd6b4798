// What counts as one e-mail address where we use it (the editor, a follow-up's mailto:). Deliberately
// simple, as mail clients are: one "@", no spaces, no list separators (a comma in a mailto: address
// would add a recipient), a dot in the domain. Unicode letters are fine (IDN, EAI).
const EMAIL = /^[^\s@,;<>()[\]"\\]+@[^\s@,;<>()[\]"\\]+\.[^\s@,;<>()[\]"\\.]{2,}$/u;
const MAX_LENGTH = 254;

/** Whether `text` (trimmed) is a single e-mail address. */
export const isEmailAddress = (text: string): boolean => {
  const address = text.trim();
  return address.length <= MAX_LENGTH && EMAIL.test(address) && !address.includes('..');
};

/** The e-mails of a contact being edited that are filled in but not an address. */
export const invalidEmails = (emails: readonly { value: string }[]): string[] =>
  emails.map((e) => e.value.trim()).filter((value) => value !== '' && !isEmailAddress(value));
