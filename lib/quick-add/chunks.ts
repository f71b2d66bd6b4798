import { isCompanyWord, legalFormLength, matchesDomain } from './company';
import { isFieldOfWork, isHeadRole, isJobConnector, jobWord, takesObject } from './job-title';
import type { Segment } from './segments';
import { isPostNominal, isPrefixTitle } from './titles';

/**
 * A run of words with one meaning. `company` chunks may start with the person's name when the
 * line has no separators ("Anna Berger Lechner AG"): `nameCandidates` counts the leading words
 * that could be it. `afterPrefix`: the chunk directly follows a title in the same segment.
 * `numbered`: a number follows ("Raum 204", "Halle 3"): a place at the party, not a company.
 */
export interface Chunk {
  kind: 'prefix' | 'name' | 'company' | 'job' | 'free';
  tokens: string[];
  nameCandidates?: number;
  afterPrefix?: boolean;
  numbered?: boolean;
  /** Which separated part of the line the chunk comes from. */
  segment?: number;
}

export interface ChunkContext {
  /** The line has no lower-case letters: acronyms say nothing then. */
  upperCaseLine: boolean;
  /** Company keys of the e-mail and website domains. */
  domainKeys: string[];
}

type Tag =
  | 'prefix'
  | 'post'
  | 'legal'
  | 'job'
  | 'role'
  | 'department'
  | 'modifier'
  | 'connector'
  | 'companyWord'
  | 'skip'
  | 'free';

/** "CFO at Lechner", "Leiterin Einkauf bei Lechner AG", "@ Lechner", "@Lechner". */
const AT_WORDS = new Set(['at', 'bei', '@', 'from', 'chez']);

export function chunkSegment(segment: Segment, context: ChunkContext): Chunk[] {
  const tokens = segment.tokens;
  if (segment.field === 'company') return [{ kind: 'company', tokens }];
  if (segment.field === 'jobTitle') return [{ kind: 'job', tokens }];
  const at = tokens.findIndex((t) => AT_WORDS.has(t) || (t.startsWith('@') && t.length > 1));
  if (at >= 0 && segment.field === undefined) {
    const atToken = tokens[at] ?? '';
    const company =
      atToken.length > 1 && atToken.startsWith('@')
        ? [atToken.slice(1), ...tokens.slice(at + 1)]
        : tokens.slice(at + 1);
    if (company.length > 0) return [...chunkWords(tokens.slice(0, at), context), { kind: 'company', tokens: company }];
  }
  const chunks = chunkWords(tokens, context);
  if (segment.field !== 'name') return chunks;
  return chunks.map((chunk) =>
    chunk.kind === 'prefix' ? chunk : { kind: 'name', tokens: chunk.tokens, afterPrefix: chunk.afterPrefix },
  );
}

/** Only job words and plain words, with a role among them: "Customer Success Manager", "Kierownik Projektu". */
export function isJobPart(chunks: readonly Chunk[]): boolean {
  return (
    chunks.every((c) => c.kind === 'job' || (c.kind === 'free' && !c.numbered)) &&
    chunks.some((c) => c.kind === 'job' && c.tokens.some((t) => jobWord(t) === 'role'))
  );
}

function chunkWords(tokens: readonly string[], context: ChunkContext): Chunk[] {
  const tags = tagWords(tokens, context);
  markJobTitles(tokens, tags);
  return buildChunks(tokens, tags, context);
}

function tagWords(tokens: readonly string[], context: ChunkContext): Tag[] {
  const tags: Tag[] = [];
  let start = 0;
  while (start < tokens.length && isPrefixTitle(tokens[start] ?? '', start > 0)) tags[start++] = 'prefix';
  for (let i = start; i < tokens.length;) {
    const token = tokens[i] ?? '';
    // A legal form needs a name before it: "AG" alone is nothing.
    const legal = i > start ? legalFormLength(tokens, i) : 0;
    if (legal > 0) {
      for (const end = i + legal; i < end; i++) tags[i] = 'legal';
      continue;
    }
    tags[i] = classifyWord(token, context);
    i++;
  }
  return tags;
}

function classifyWord(token: string, context: ChunkContext): Tag {
  if (isPostNominal(token)) return 'post';
  // Years, room numbers, stray dashes: noise. "1&1" is a company.
  if (!/[\p{L}&]/u.test(token)) return 'skip';
  const job = jobWord(token);
  if (job) return job;
  if (isJobConnector(token)) return 'connector';
  return isCompanyWord(token, context.upperCaseLine) ? 'companyWord' : 'free';
}

const JOB_PARTS = new Set<Tag>(['role', 'department', 'modifier', 'connector']);

/** Turns runs of job words into `job` tags; leftover modifiers and connectors become free words. */
function markJobTitles(tokens: readonly string[], tags: Tag[]): void {
  // "Chief Technology Officer": a company word between two job words names the field.
  for (let k = 1; k + 1 < tokens.length; k++) {
    if (tags[k] === 'companyWord' && JOB_PARTS.has(tags[k - 1] ?? 'free') && JOB_PARTS.has(tags[k + 1] ?? 'free'))
      tags[k] = 'department';
  }
  for (let i = 0; i < tokens.length;) {
    if (!JOB_PARTS.has(tags[i] ?? 'free')) {
      i++;
      continue;
    }
    let end = i;
    while (end < tokens.length && JOB_PARTS.has(tags[end] ?? 'free')) end++;
    const run = tags.slice(i, end);
    const hasRole = run.includes('role');
    let first = i;
    let last = end - 1;
    while (first <= last && tags[first] === 'connector') first++;
    while (last >= first && tags[last] === 'connector' && !takesObject(tokens[last] ?? '')) last--;
    const next = tags[end];
    const prev = tags[i - 1];
    // "Marketing Solutions GmbH", "Lechner Logistik GmbH": a department next to a company sign is part of the company.
    const partOfCompany = !hasRole && (next === 'legal' || next === 'companyWord' || prev === 'companyWord');
    if ((!hasRole && !run.includes('department')) || partOfCompany || first > last) {
      for (let k = i; k < end; k++) tags[k] = 'free';
      i = end;
      continue;
    }
    for (let k = i; k < end; k++) tags[k] = k >= first && k <= last ? 'job' : 'free';
    // "Software Engineer", "Media Consultant": a company word that starts the part and names the role's field.
    if (hasRole && first === i && i === 1 && prev === 'companyWord' && /\p{Ll}/u.test(tokens[0] ?? '')) tags[0] = 'job';
    // "Head of Transformation": the word after "of"/"für" belongs to the title.
    let after = last + 1;
    if (takesObject(tokens[last] ?? '') && (tags[after] === 'free' || tags[after] === 'companyWord'))
      tags[after++] = 'job';
    // "Leiterin Digitalisierung": a field of work right after a title.
    while (tags[after] === 'free' && isFieldOfWork(tokens[after] ?? '')) tags[after++] = 'job';
    // "Leiterin Recht": one last word after a role that names what it leads.
    if (after === tokens.length - 1 && tags[after] === 'free' && isHeadRole(tokens[after - 1] ?? ''))
      tags[after++] = 'job';
    i = after;
  }
}

function buildChunks(tokens: readonly string[], tags: readonly Tag[], context: ChunkContext): Chunk[] {
  const chunks: Chunk[] = [];
  const push = (chunk: Chunk) => {
    const previous = chunks[chunks.length - 1];
    if (previous?.kind === 'prefix' && chunk.kind !== 'prefix') chunk.afterPrefix = true;
    chunks.push(chunk);
  };
  for (let i = 0; i < tokens.length;) {
    const tag = tags[i];
    if (tag === 'prefix' || tag === 'job') {
      let end = i;
      while (tags[end] === tag) end++;
      push({ kind: tag, tokens: tokens.slice(i, end) });
      i = end;
      continue;
    }
    if (tag !== 'free' && tag !== 'companyWord') {
      i++; // post-nominals, noise, a legal form with nothing before it
      continue;
    }
    let end = i;
    while (tags[end] === 'free' || tags[end] === 'companyWord') end++;
    const run = tokens.slice(i, end);
    const runTags = tags.slice(i, end);
    let legalEnd = end;
    while (tags[legalEnd] === 'legal') legalEnd++;
    // "Wimmer & Söhne Maschinenbau GmbH": a legal form inside the name, when another one closes it.
    let more = legalEnd;
    while (legalEnd > end && (tags[more] === 'free' || tags[more] === 'companyWord')) more++;
    if (more > legalEnd && tags[more] === 'legal') {
      legalEnd = more;
      while (tags[legalEnd] === 'legal') legalEnd++;
    }
    const leadingFree = runTags.indexOf('companyWord') === -1 ? run.length : runTags.indexOf('companyWord');
    if (legalEnd > end || leadingFree < run.length) {
      push({ kind: 'company', tokens: tokens.slice(i, legalEnd), nameCandidates: leadingFree });
    } else {
      const runChunks = splitByDomain(run, context.domainKeys);
      const last = runChunks[runChunks.length - 1];
      if (last && /^\d/.test(tokens[end] ?? '')) last.numbered = true;
      for (const chunk of runChunks) push(chunk);
    }
    i = legalEnd;
  }
  return chunks;
}

/**
 * "Anna Berger Lechner" with anna@lechner.at: "Lechner" is the company. Only a single word or a
 * run of three or more is split; two words matching the domain are a name ("Anna Lechner").
 */
function splitByDomain(run: string[], domainKeys: readonly string[]): Chunk[] {
  if (domainKeys.length === 0) return [{ kind: 'free', tokens: run }];
  if (run.length === 1) return [{ kind: matchesDomain(run, domainKeys) ? 'company' : 'free', tokens: run }];
  if (run.length < 3) return [{ kind: 'free', tokens: run }];
  for (let size = run.length - 1; size >= 1; size--) {
    if (matchesDomain(run.slice(-size), domainKeys)) {
      return [
        { kind: 'free', tokens: run.slice(0, -size) },
        { kind: 'company', tokens: run.slice(-size), nameCandidates: 0 },
      ];
    }
    if (matchesDomain(run.slice(0, size), domainKeys)) {
      return [
        { kind: 'company', tokens: run.slice(0, size), nameCandidates: 0 },
        { kind: 'free', tokens: run.slice(size) },
      ];
    }
  }
  return [{ kind: 'free', tokens: run }];
}
