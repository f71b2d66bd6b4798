// Academic titles and honorifics written before a name ("Prof. Dr.", "Mag.a", "Frau"), and
// post-nominal degrees written after it ("MBA", "PhD"). Herr/Frau/Mr/Ms count as prefix.

/** Matched case-insensitively, with or without a trailing dot. */
const TITLES = new Set([
  'dr',
  'dr.in',
  'dr.-ing',
  'ddr',
  'prof',
  'univ.-prof',
  'ao.univ.-prof',
  'o.univ.-prof',
  'hon.-prof',
  'mag.a',
  'mmag',
  'dipl.-ing',
  'dipl.-kfm',
  'dipl.-kffr',
  'dipl.-päd',
  'dipl.-inf',
  'dipl.-inform',
  'dipl.-oec',
  'dipl.-psych',
  'dipl.-vw',
  'dipl.-wirt.-ing',
  'dkfm',
  'bakk',
  'hofrat',
  'herr',
  'frau',
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'sir',
  'dame',
  'madame',
  'monsieur',
  'mme',
  'mlle',
  'dott',
  'dott.ssa',
  'sig.ra',
  // Polish and Czech degrees: "mgr inż.", "MUDr.", "JUDr."
  'mgr',
  'inż',
  'mudr',
  'judr',
  'phdr',
  'rndr',
  'paeddr',
  'mvdr',
]);
/** Matched case-insensitively, only with the dot: without it they are names or words ("Ing", "Mag"). */
const TITLES_WITH_DOT = new Set([
  'ing',
  'mag',
  'hr',
  'fr',
  'sr',
  'sra',
  'sig',
  'prim',
  'lic',
  'rev',
  'dipl',
  // Polish "lek.", Czech "Bc.", Dutch "drs.", "ir.", Italian "avv.", "arch."
  'lek',
  'bc',
  'drs',
  'ir',
  'avv',
  'arch',
]);
/** Matched exactly: "Di", "Kr" are names or particles, "DI" is Diplom-Ingenieur. */
const TITLES_EXACT = new Set(['DI', 'DI(FH)', 'KR', 'KommR', 'PD', 'Mag.(FH)']);
/** Only right after another title: "Dr. med.", "Dr. h.c. mult.", "Dr. rer. nat.". */
const TITLE_CONTINUATIONS = new Set([
  'h.c.',
  'mult.',
  'med.',
  'rer.',
  'nat.',
  'pol.',
  'phil.',
  'jur.',
  'iur.',
  'oec.',
  'techn.',
  'mont.',
  'habil.',
  'hab.',
  'dent.',
  'vet.',
  'theol.',
  'sc.',
  'univ.',
  '(fh)',
  'fh',
]);

/** Whether `token` is a title written before a name; `afterTitle` allows "med.", "h.c." and the like. */
export function isPrefixTitle(token: string, afterTitle: boolean): boolean {
  if (isSingleTitle(token)) return true;
  if (afterTitle && TITLE_CONTINUATIONS.has(token.toLowerCase())) return true;
  // Written together: "Prof.Dr.", "Mag.Dr."
  const parts = token.split(/(?<=\.)(?=\p{L})/u);
  return parts.length > 1 && parts.every(isSingleTitle);
}

function isSingleTitle(token: string): boolean {
  if (TITLES_EXACT.has(token) || TITLES_EXACT.has(token.replace(/\.$/, ''))) return true;
  const lower = token.toLowerCase();
  if (lower.endsWith('.')) {
    const bare = lower.slice(0, -1);
    return TITLES.has(bare) || TITLES_WITH_DOT.has(bare);
  }
  return TITLES.has(lower);
}

/** Compared without dots and case: "Ph.D." = "PhD". */
const POST_NOMINALS = new Set([
  'mba',
  'emba',
  'msc',
  'bsc',
  'phd',
  'llm',
  'llb',
  'mbl',
  'meng',
  'beng',
  'mpa',
  'dba',
  'cpa',
  'cfa',
  'acca',
  'jr',
]);
/** Compared exactly: "Mas", "Jun" and "Sen" are also names, lower-case "ma" or "ii" no degrees. */
const POST_NOMINALS_EXACT = new Set([
  'MA',
  'BA',
  'MAS',
  'M.A.',
  'B.A.',
  'BEd',
  'MEd',
  'B.Ed.',
  'M.Ed.',
  'II',
  'III',
  'IV',
  'jun.',
  'Jun.',
  'sen.',
  'Sen.',
]);

/** Degrees and generational suffixes after a name. The result has no field for them: they are dropped. */
export function isPostNominal(token: string): boolean {
  return POST_NOMINALS_EXACT.has(token) || POST_NOMINALS.has(token.toLowerCase().replace(/\./g, ''));
}
