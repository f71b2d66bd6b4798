// Public contract (docs/method.md): outside tests import this module by path; keep its exports.
import { type Chunk, chunkSegment, isJobPart } from './chunks';
import { domainCompanyKey } from './company';
import { extractContactPoints, type FoundPhone } from './contact-points';
import { jobWord } from './job-title';
import { isNameLike, isPersonName, nameHeadLength, splitName } from './names';
import { normaliseLine } from './normalise';
import { isPlaceName } from './places';
import { type Segment, splitSegments } from './segments';

const MAX_COMPANY_WORDS = 5;

export interface QuickAddResult {
  prefix?: string;
  firstName?: string;
  lastName?: string;
  company?: string;
  jobTitle?: string;
  email?: string;
  phone?: string;
  website?: string;
}

/** Everything a typed line holds: the name parts and every e-mail, phone (with its label) and website. */
export interface QuickAddContact extends Omit<QuickAddResult, 'email' | 'phone' | 'website'> {
  emails: string[];
  phones: FoundPhone[];
  websites: string[];
}

/**
 * Reads a contact from one typed line ("Dr. Anna Berger, Lechner AG, CFO, anna@lechner.at,
 * +43 660 1234567"), parts in any order, separated by commas, semicolons, " | ", " - ", " / "
 * or only spaces. Never throws. A field is absent when the line has none. Every value is a
 * substring of the line after normaliseLine (control characters and whitespace runs → one
 * space); labels ("Tel.", "mailto:", "Firma:") are not part of it. "Name, Company" is preferred
 * over "Lastname, Firstname".
 */
export function parseQuickAdd(line: string): QuickAddResult {
  const { emails, phones, websites, ...people } = readQuickAdd(line);
  const phone = phones.find((p) => p.label !== 'Fax')?.value;
  return {
    ...people,
    ...(emails[0] && { email: emails[0] }),
    ...(phone && { phone }),
    ...(websites[0] && { website: websites[0] }),
  };
}

/** Like parseQuickAdd, but keeps every e-mail, phone (fax numbers too, labelled) and website. Never throws. */
export function readQuickAdd(line: string): QuickAddContact {
  try {
    return parse(normaliseLine(line));
  } catch {
    return { emails: [], phones: [], websites: [] };
  }
}

function parse(line: string): QuickAddContact {
  if (!line) return { emails: [], phones: [], websites: [] };
  const points = extractContactPoints(line);
  const context = {
    upperCaseLine: !/\p{Ll}/u.test(points.rest),
    domainKeys: points.domains.map(domainCompanyKey).filter((key) => key !== undefined),
  };
  const segments = splitSegments(points.rest);
  const chunked = segments.map((segment, index) =>
    chunkSegment(segment, context).map((chunk) => ({ ...chunk, segment: index })),
  );
  const chunks = takeJobPartsWhole(segments, chunked).flat();
  const people = assignChunks(rejoinDepartmentNames(chunks));
  return {
    ...clean(people),
    emails: cleanAll(points.emails),
    phones: points.phones.flatMap((p) => cleanAll([p.value]).map((value) => ({ ...p, value }))),
    websites: cleanAll(points.websites),
  };
}

/**
 * "Anna Berger, Customer Success Manager, Lechner AG": a separated part with a role word and
 * nothing but job and plain words is the whole job title, when another part holds the name.
 */
function takeJobPartsWhole(segments: readonly Segment[], chunked: Chunk[][]): Chunk[][] {
  if (segments.length < 2) return chunked;
  const holdsName = (chunks: readonly Chunk[]) =>
    chunks.some((c) => c.kind === 'name' || c.kind === 'prefix' || (c.kind === 'free' && isPersonName(c.tokens)));
  return chunked.map((chunks, index) => {
    const segment = segments[index];
    const jobPart = segment !== undefined && segment.field === undefined && chunks.length > 1 && isJobPart(chunks);
    if (!jobPart || !chunked.some((other, o) => o !== index && holdsName(other))) return chunks;
    return [{ kind: 'job', tokens: segment.tokens, segment: index }];
  });
}

/** Decides which chunk is the name, the company and the job title. */
function assignChunks(input: readonly Chunk[]): QuickAddResult {
  const chunks = [...input];
  const result: QuickAddResult = {};
  const prefixIndex = chunks.findIndex((c) => c.kind === 'prefix');
  const prefix = chunks[prefixIndex];
  if (prefix) result.prefix = prefix.tokens.join(' ');

  let name: Chunk | undefined = chunks.find((c) => c.kind === 'name');
  const afterPrefix = chunks[prefixIndex + 1];
  if (!name && prefix && afterPrefix?.afterPrefix) {
    if (afterPrefix.kind === 'free') name = afterPrefix;
    else if (afterPrefix.kind === 'company') name = splitNameHead(chunks, prefixIndex + 1, true);
  }
  const nameElsewhere = chunks.some((c) => c.kind === 'free' && isPersonName(c.tokens));
  if (!name && !nameElsewhere) {
    // "Anna Berger Lechner AG" with nothing else that could be the name.
    const index = chunks.findIndex((c) => c.kind === 'company');
    if (index >= 0) name = splitNameHead(chunks, index, false);
  }

  const company = chunks.find((c) => c.kind === 'company');
  const job = chunks.find((c) => c.kind === 'job');
  if (job) result.jobTitle = job.tokens.join(' ');
  let companyTokens = company?.tokens;
  for (const chunk of chunks) {
    if (chunk.kind !== 'free' || chunk === name) continue;
    if (!name && isPersonName(chunk.tokens)) name = chunk;
    else if (!companyTokens && isCompanyLike(chunk)) companyTokens = chunk.tokens;
  }
  if (companyTokens) result.company = companyTokens.join(' ');
  if (name) Object.assign(result, splitName(name.tokens, name.afterPrefix === true));
  return result;
}

/**
 * "Ben Adler, Adler IT, CTO": a department word ("IT", "Marketing") after other words in its part
 * of the line belongs to a company name when another part holds the job title.
 */
function rejoinDepartmentNames(chunks: Chunk[]): Chunk[] {
  const jobs = chunks.filter((c) => c.kind === 'job');
  if (jobs.length < 2) return chunks;
  const result: Chunk[] = [];
  for (const chunk of chunks) {
    const before = result.at(-1);
    const departmentOnly = chunk.kind === 'job' && chunk.tokens.every((t) => jobWord(t) === 'department');
    const otherJob = jobs.some((j) => j !== chunk && j.segment !== chunk.segment);
    if (
      departmentOnly &&
      otherJob &&
      before &&
      before.segment === chunk.segment &&
      (before.kind === 'free' || before.kind === 'company')
    ) {
      result[result.length - 1] = {
        kind: 'company',
        tokens: [...before.tokens, ...chunk.tokens],
        segment: chunk.segment,
      };
    } else {
      result.push(chunk);
    }
  }
  return result;
}

/** Leftover words as a company: not a place, not "Raum 204", not a whole sentence. */
function isCompanyLike(chunk: Chunk): boolean {
  return chunk.tokens.length <= MAX_COMPANY_WORDS && !chunk.numbered && !isPlaceName(chunk.tokens);
}

/**
 * Splits the person's name off the front of the company chunk at `index` (in place) when its
 * leading words allow it; returns the name chunk.
 */
function splitNameHead(chunks: Chunk[], index: number, afterTitle: boolean): Chunk | undefined {
  const chunk = chunks[index];
  if (!chunk || chunk.kind !== 'company') return undefined;
  const candidates = chunk.nameCandidates ?? 0;
  if (candidates < (afterTitle ? 1 : 2) || chunk.tokens.length < (afterTitle ? 2 : 3)) return undefined;
  const head = nameHeadLength(chunk.tokens.slice(0, candidates + 1), afterTitle);
  const nameTokens = chunk.tokens.slice(0, head);
  if (head > candidates || !isNameLike(nameTokens)) return undefined;
  const name: Chunk = { kind: 'name', tokens: nameTokens, afterPrefix: afterTitle };
  chunks.splice(index, 1, name, { kind: 'company', tokens: chunk.tokens.slice(head) });
  return name;
}

/** Trims quotes and stray punctuation at the ends; undefined for a value without a letter or digit. */
function cleanValue(value: string | undefined): string | undefined {
  const trimmed = value?.replace(/^[\s"„“”«»‚‘:,;–—-]+|[\s"„“”«»‚‘:,;–—-]+$/gu, '');
  return trimmed && /[\p{L}\p{N}]/u.test(trimmed) ? trimmed : undefined;
}

const cleanAll = (values: readonly string[]): string[] => values.flatMap((v) => cleanValue(v) ?? []);

function clean(result: QuickAddResult): QuickAddResult {
  const cleaned: QuickAddResult = {};
  for (const [key, value] of Object.entries(result) as [keyof QuickAddResult, string | undefined][]) {
    const kept = cleanValue(value);
    if (kept) cleaned[key] = kept;
  }
  return cleaned;
}
