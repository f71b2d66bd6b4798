// Reads the fields of a printed business card from its OCR text, line by line: contact points
// first, then the address block, then which of the remaining lines is the name, the job title,
// the department and the company. Facts it relies on: docs/business-cards.md.
import { readQuickAdd } from '../quick-add';
import { domainCompanyKey, isCompanyWord, legalFormLength, matchesDomain } from '../quick-add/company';
import { extractContactPoints, type PhoneLabel } from '../quick-add/contact-points';
import { type Chunk, chunkSegment, isJobPart } from '../quick-add/chunks';
import { isJobConnector, jobWord } from '../quick-add/job-title';
import { isPlaceName } from '../quick-add/places';
import { isCountry, isStreetLine, readPostalLine } from './address';
import { ocrLines, fixLetterO } from './ocr';
import { type CardAddress, type CardPhoneLabel, type CardReading, emptyReading } from './types';
import { addUnique, cleanEmail, cleanPhone, cleanText, cleanUrl } from './values';

export function readCardReading(text: unknown): CardReading {
  try {
    return read(typeof text === 'string' ? text : '');
  } catch {
    return emptyReading();
  }
}

const PHONE_LABELS: Record<PhoneLabel, CardPhoneLabel> = { mobile: 'mobile', work: 'work', Fax: 'fax', other: 'other' };

/** Labels left behind when their e-mail, website or phone was cut out ("E", "Web:", "Tel. kom."). */
const LEFTOVER_LABEL =
  /^(?:(?:[etmfwp]|e-?mail|mail|web|www|url|internet|site|homepage|tel|tél|tel\.? ?kom|kom|phone|fax|faks|mobil|mobile|cep|gsm|handy|natel|direkt|direct|zentrale|office)\.?:?\s*)+$/iu;

interface TextLine {
  /** Position on the card. */
  index: number;
  /** Parts between separators ("·", "|", ",", " – "), contact points cut out. */
  segments: string[];
  /** The printed line. */
  line: string;
}

function read(text: string): CardReading {
  const reading = emptyReading();
  const domains: string[] = [];
  const lines: TextLine[] = [];
  ocrLines(text).forEach((line, index) => {
    // "Körblergasse 111-113": in a street part a number is the house number, not a phone.
    const parts = line
      .split(/\s*[|¦·•;]\s*/u)
      .map((part) =>
        isStreetLine(part)
          ? { emails: [], websites: [], phones: [], domains: [], rest: part }
          : extractContactPoints(part, { bareLetters: true }),
      );
    const points = {
      emails: parts.flatMap((p) => p.emails),
      websites: parts.flatMap((p) => p.websites),
      phones: parts.flatMap((p) => p.phones),
      domains: parts.flatMap((p) => p.domains),
      rest: parts.map((p) => p.rest).join('\n'),
    };
    for (const email of points.emails) addUnique(reading.emails, cleanEmail(email));
    for (const url of points.websites) addUnique(reading.websites, cleanUrl(url));
    for (const phone of points.phones) {
      const value = cleanPhone(phone.value);
      if (value && !reading.phones.some((p) => p.value === value))
        reading.phones.push({ value, label: PHONE_LABELS[phone.label] });
    }
    domains.push(...points.domains);
    const segments = nameInListOrder(
      keepCommaParts(
        points.rest
          .split(/\n|\s*[|¦·•;]\s*|,\s+|\s[–—-]\s/u)
          .map((s) => s.trim())
          .filter((s) => /[\p{L}\p{N}]/u.test(s) && !LEFTOVER_LABEL.test(s)),
        line,
      ),
      line,
    );
    if (segments.length > 0) lines.push({ index, segments, line });
  });
  const address = readAddress(lines);
  if (address) reading.address = address;
  Object.assign(reading, readPeople(lines, domains));
  return reading;
}

/** Above "Cupertino, CA 95014", "1 Infinite Loop" is the street: number first, then a few words in capitals. */
const isUsStreet = (segment: string, address: CardAddress): boolean =>
  Boolean(address.region && /^\d{5}(?:-\d{4})?$/.test(address.postalCode ?? '')) &&
  /^\d{1,6}[A-Za-z]? \p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,4}$/u.test(segment);

/** One capitalised word that is no company, job, place or country word: a name part. */
const isPlainNamePart = (word: string) =>
  /^\p{Lu}[\p{Ll}\p{M}'’-]+$/u.test(word) &&
  !isCompanyWord(word, false) &&
  jobWord(word) === undefined &&
  legalFormLength([word], 0) === 0 &&
  !isPlaceName([word]) &&
  !isCountry(word);

/** "Berger, Anna" (family name first, as lists print it) is the name "Anna Berger". */
function nameInListOrder(segments: string[], line: string): string[] {
  const [family = '', given = ''] = segments;
  return segments.length === 2 && line === `${family}, ${given}` && isPlainNamePart(family) && isPlainNamePart(given)
    ? [`${given} ${family}`]
    : segments;
}

const isJobWords = (tokens: readonly string[]) =>
  tokens.every((t) => jobWord(t) !== undefined || isJobConnector(t)) && tokens.some((t) => jobWord(t) === 'role');

/** "Global Partnerships", "Business Development": a few capitalised words, one of them a job word. */
const isJobArea = (tokens: readonly string[]) =>
  tokens.length <= 3 &&
  tokens.every((t) => /^\p{Lu}/u.test(t) || isJobConnector(t) || t === '&') &&
  tokens.some((t) => jobWord(t) !== undefined) &&
  !tokens.some((t, i) => legalFormLength(tokens, i) > 0 || isCompanyWord(t, false));

/**
 * Parts that belong with the one before the comma, as printed: a legal form with its company
 * ("Acme Widgets, Inc."), an area with its role ("VP, Global Partnerships").
 */
function keepCommaParts(segments: string[], line: string): string[] {
  const kept: string[] = [];
  for (const segment of segments) {
    const previous = kept[kept.length - 1];
    const tokens = segment.split(' ');
    const joined = `${previous}, ${segment}`;
    const legalForm = previous && !/\d/.test(previous) && legalFormLength(tokens, 0) === tokens.length;
    const area = previous && isJobWords(previous.split(' ')) && isJobArea(tokens);
    if ((legalForm || area) && line.includes(joined)) kept[kept.length - 1] = joined;
    else kept.push(segment);
  }
  return kept;
}

/** Finds "postal code + city" and takes the street before it and the country after it; removes them from `lines`. */
function readAddress(lines: TextLine[]): CardAddress | undefined {
  const address: CardAddress = {};
  const take = (line: TextLine, segment: number) => {
    const [value] = line.segments.splice(segment, 1);
    return value;
  };
  for (const [l, line] of lines.entries()) {
    rejoinCommaParts(line);
    const s = line.segments.findIndex((segment) => readPostalLine(segment));
    if (s < 0) continue;
    Object.assign(address, readPostalLine(take(line, s) ?? ''));
    const country = line.segments[s];
    if (country !== undefined && isCountry(country)) address.country = cleanText(take(line, s));
    const before = s > 0 ? line : lines[l - 1];
    const streetIndex = s > 0 ? s - 1 : (before?.segments.length ?? 0) - 1;
    const street = before?.segments[streetIndex];
    if (before && street !== undefined && (isStreetLine(street) || isUsStreet(street, address)))
      address.street = cleanText(take(before, streetIndex));
    break;
  }
  if (!address.street) {
    for (const line of lines) {
      const s = line.segments.findIndex((segment) => isStreetLine(segment, true));
      if (s >= 0) {
        address.street = cleanText(line.segments.splice(s, 1)[0]);
        break;
      }
    }
  }
  if (!address.country) {
    for (const line of lines) {
      const s = line.segments.findIndex(isCountry);
      if (s >= 0 && (address.city || address.street)) {
        address.country = cleanText(line.segments.splice(s, 1)[0]);
        break;
      }
    }
  }
  const found = Object.fromEntries(Object.entries(address).filter(([, v]) => v)) as CardAddress;
  return Object.keys(found).length > 0 ? found : undefined;
}

/**
 * "New York, NY 10110", "45, avenue des Champs-Élysées" and "1600 Main Street, Suite 200" were
 * split at their comma: one segment again.
 */
function rejoinCommaParts(line: TextLine): void {
  for (let s = 0; s + 1 < line.segments.length; s++) {
    const [first = '', second = ''] = line.segments.slice(s, s + 2);
    const joined = `${first}, ${second}`;
    const cityAndState = /^[A-Z]{2} \d{5}/.test(second) && readPostalLine(joined) !== undefined;
    const numberFirst = /^\d{1,5}[a-z]?$/.test(first) && isStreetLine(`${first} ${second}`, true);
    const unit = /^(?:suite|ste\.?|unit|apt\.?|floor|fl\.?|room)\s?#?\d/i.test(second) && isStreetLine(first, true);
    if ((cityAndState || numberFirst || unit) && line.line.includes(joined)) line.segments.splice(s, 2, joined);
  }
}

type People = Pick<CardReading, 'prefix' | 'firstName' | 'lastName' | 'company' | 'jobTitle' | 'department'>;

interface Candidate {
  index: number;
  text: string;
  read: ReturnType<typeof readQuickAdd>;
  /** The segment's words as quick add groups them (without splitting a name off a company). */
  chunks: Chunk[];
  /** The segment is the whole printed line. */
  whole: boolean;
}

/** Words that say the line is a department: "Abteilung Einkauf", "Dział Sprzedaży", "Department of …". */
const DEPARTMENT_LABEL =
  /^(?:abteilung|bereich|geschäftsbereich|department|dept\.?|division|dział|afdeling|reparto|ufficio|département|service|direction|departman|birimi?|sektion)(?![\p{L}])/iu;

const isDepartmentOnly = (words: readonly string[]) =>
  words.length > 0 &&
  words.every((w) => jobWord(w) === 'department' || isJobConnector(w)) &&
  words.some((w) => jobWord(w) === 'department');

const hasLegalForm = (candidate: Candidate) =>
  candidate.text.split(' ').some((_, i, tokens) => i > 0 && legalFormLength(tokens, i) > 0);

const hasRole = (chunks: readonly Chunk[]) =>
  chunks.some((c) => c.kind === 'job' && c.tokens.some((t) => jobWord(t) === 'role'));

function readPeople(lines: readonly TextLine[], domains: readonly string[]): People {
  const people: People = {};
  const domainKeys = domains.map(domainCompanyKey).filter((key) => key !== undefined);
  const candidates: Candidate[] = lines.flatMap((line) =>
    line.segments.map((segment) => {
      const tokens = segment.split(' ').filter(Boolean).map(fixLetterO);
      const text = tokens.join(' ');
      const context = { upperCaseLine: !/\p{Ll}/u.test(text), domainKeys };
      const whole = line.segments.length === 1 && segment === line.line;
      // Chunked without the commas kept inside a part ("VP, Global Partnerships", "Acme Widgets, Inc.").
      const chunks = chunkSegment({ tokens: tokens.map((t) => t.replace(/,$/, '')) }, context);
      return { index: line.index, whole, text, read: readQuickAdd(text), chunks };
    }),
  );

  const name = pickName(candidates, domainKeys);
  if (name) {
    const { prefix, firstName, lastName, jobTitle, company } = name.read;
    Object.assign(people, {
      ...(prefix && { prefix }),
      ...(firstName && { firstName }),
      ...(lastName && { lastName }),
      ...(jobTitle && { jobTitle }),
      ...(company && { company }),
    });
  }
  const others = candidates.filter((c) => c !== name);
  let companyLine: Candidate | undefined;
  for (const candidate of others) {
    const words = candidate.text.split(/[\s,]+/);
    const { chunks } = candidate;
    if (DEPARTMENT_LABEL.test(candidate.text)) {
      if (!people.department) people.department = cleanText(candidate.text);
      continue;
    }
    if (isJobPart(chunks)) {
      // A line of job words with a role is the whole title ("Customer Success Manager").
      if (!people.jobTitle) people.jobTitle = cleanText(candidate.text);
      continue;
    }
    if (chunks.length > 0 && chunks.every((c) => c.kind === 'job')) {
      if (!people.jobTitle) people.jobTitle = cleanText(candidate.text);
      else if (!people.department && isDepartmentOnly(words)) people.department = cleanText(candidate.text);
      continue;
    }
    const company = chunks.find((c) => c.kind === 'company');
    const continued = companyLine !== undefined && continuesCompany(companyLine, candidate);
    // "PORR" (a logo the domain spells) and later "PORR Bau GmbH": the name with the legal form wins.
    const betterName = companyLine !== undefined && !hasLegalForm(companyLine) && hasLegalForm(candidate);
    if (company && (!people.company || continued || betterName)) {
      // A line with a legal form or company word is the company as printed, unless it also holds a title.
      const role = chunks.find((c) => c.kind === 'job' && hasRole([c]));
      const companyText = cleanText(role ? company.tokens.join(' ') : candidate.text);
      if (companyText === undefined) continue;
      people.company = continued ? (cleanText(`${people.company} ${companyText}`) ?? people.company) : companyText;
      companyLine = candidate;
      if (role && !people.jobTitle) people.jobTitle = cleanText(role.tokens.join(' '));
    }
  }
  if (!people.company) {
    // A logo line: the words the e-mail's or website's domain spells ("LECHNER" and anna@lechner.at),
    // else a short line in capitals whose first word does ("Samsung Electronics" and samsung.com).
    const logo = others.find(
      (c) => c.text.split(' ').length <= 5 && matchesDomain(c.text.split(/[\s,]+/), domainKeys) && !hasRole(c.chunks),
    );
    const led = others.find((c) => {
      const words = c.text.split(/[\s,]+/);
      return (
        words.length <= 4 &&
        words.every((w) => /^[\p{Lu}&]/u.test(w)) &&
        matchesDomain(words.slice(0, 1), domainKeys) &&
        !hasRole(c.chunks)
      );
    });
    const company = cleanText((logo ?? led)?.text);
    if (company) people.company = company;
  }
  return Object.fromEntries(Object.entries(people).filter(([, v]) => v)) as People;
}

/** "Wimmer & Söhne" above "Maschinenbau GmbH", "LECHNER" above "Bau GmbH": one company on two lines. */
function continuesCompany(before: Candidate, line: Candidate): boolean {
  if (!before.whole || !line.whole || line.index !== before.index + 1) return false;
  const joined = /(?:&|\+|und|and)$/iu.test(before.text) || /^(?:&|\+)/u.test(line.text);
  const shortTail = line.text.split(' ').length <= 2 && line.chunks.some((c) => c.kind === 'company');
  const plain = !hasRole(before.chunks) && before.text.split(' ').length <= 3 && !/\d/.test(before.text);
  // "Institut für Fertigungstechnik" above "Universität Stuttgart": two names, each a company on its own.
  // (A line in capitals has no acronyms to go by: "MÜLLER & SÖHNE" is no more a company word than "Müller".)
  const twoNames = [before, line].every((c) =>
    c.text.split(' ').some((t) => isCompanyWord(t, !/\p{Ll}/u.test(c.text))),
  );
  return plain && !twoNames && (joined || shortTail);
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** The line most likely to be the person's name; a wrong name is worse than none. */
function pickName(candidates: readonly Candidate[], domainKeys: readonly string[]): Candidate | undefined {
  let best: Candidate | undefined;
  let bestScore = 0;
  for (const [position, candidate] of candidates.entries()) {
    const { prefix, firstName, lastName, company } = candidate.read;
    if (!firstName && !lastName) continue;
    const words = [firstName, lastName].filter(Boolean).join(' ').split(' ');
    const cjk = words.every((w) => CJK.test(w));
    if (
      !cjk &&
      !words.every(
        (w) =>
          /^[\p{Lu}]/u.test(w) ||
          /^(?:van|von|de|der|den|di|da|du|del|della|le|la|ter|ten|zu|zur|vom|d'|d’|al|el|bin)$/iu.test(w),
      )
    )
      continue;
    if (!cjk && !prefix && words.length < 2) continue;
    if (words.length > 5 || isPlaceName(words) || isCountry(words.join(' '))) continue;
    let score = 1;
    if (prefix) score += 2;
    // A line that also holds a company or a title is more often that than a name.
    if (company && candidate.chunks.some((c) => c.kind === 'company' && (c.nameCandidates ?? 0) < 2)) score -= 2;
    if (hasRole(candidate.chunks) && isJobPart(candidate.chunks)) score -= 2;
    if (!company && candidate.text.split(/[\s,]+/).length <= words.length + 3) score += 1;
    if (matchesDomain(words, domainKeys) && !matchesDomain(words.slice(0, 1), domainKeys)) score -= 1;
    if (position < 3) score += 1;
    const next = candidates[position + 1];
    if (next?.read.jobTitle && !next.read.firstName && !next.read.lastName) score += 1;
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}
