import { SEGMENT_BREAK } from './contact-points';

/** A field a segment was labelled with ("Firma: Lechner"). */
export type LabelledField = 'company' | 'jobTitle' | 'name';

/** A part of the line between separators, as words. */
export interface Segment {
  tokens: string[];
  field?: LabelledField;
}

// Commas, semicolons, pipes, brackets, bullets; dashes and slashes only with spaces around
// them, so "Müller-Lüdenscheidt", "Leiter/in" and "A/S" stay whole.
const SEPARATOR = new RegExp(`${SEGMENT_BREAK}|[,;|()\\[\\]{}<>•·]|\\s[-–—/]+(?=\\s)`, 'u');

const FIELD_LABELS: Record<string, LabelledField> = {
  firma: 'company',
  unternehmen: 'company',
  company: 'company',
  organisation: 'company',
  organization: 'company',
  org: 'company',
  arbeitgeber: 'company',
  employer: 'company',
  position: 'jobTitle',
  funktion: 'jobTitle',
  job: 'jobTitle',
  jobtitel: 'jobTitle',
  titel: 'jobTitle',
  title: 'jobTitle',
  rolle: 'jobTitle',
  role: 'jobTitle',
  name: 'name',
};
/** Labels whose value was already cut out as a contact point. */
const CONTACT_LABELS = new Set([
  'e-mail',
  'email',
  'mail',
  'tel',
  'tel.',
  'telefon',
  'phone',
  'mobil',
  'mobile',
  'handy',
  'fax',
  'web',
  'website',
  'homepage',
  'url',
  'linkedin',
  'xing',
]);

/** Splits the line (contact points already cut out) into labelled or unlabelled segments. */
export function splitSegments(rest: string): Segment[] {
  const segments: Segment[] = [];
  for (const part of rest.split(SEPARATOR)) {
    let current: Segment = { tokens: [] };
    for (const token of part.split(' ')) {
      if (!token) continue;
      if (!token.endsWith(':')) {
        current.tokens.push(token);
        continue;
      }
      // "Firma:" starts a labelled segment; any other "word:" ends the current one.
      const word = token.slice(0, -1);
      const field = FIELD_LABELS[word.toLowerCase()];
      if (field === undefined && !CONTACT_LABELS.has(word.toLowerCase()) && word) current.tokens.push(word);
      if (current.tokens.length > 0) segments.push(current);
      current = field === undefined ? { tokens: [] } : { tokens: [], field };
    }
    if (current.tokens.length > 0) segments.push(current);
  }
  return segments;
}
