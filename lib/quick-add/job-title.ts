// Words of job titles: roles ("CFO", "Leiterin", "Head"), departments ("Einkauf", "Sales")
// and modifiers that only count next to a role ("Senior", "DACH").

export type JobWord = 'role' | 'department' | 'modifier';

/** Compared in lower case after removing a German feminine ending ("Leiterin", "Berater/in"). */
const ROLES = new Set([
  'ceo',
  'cfo',
  'cto',
  'coo',
  'cmo',
  'cio',
  'ciso',
  'cpo',
  'cro',
  'cso',
  'chro',
  'cdo',
  'cco',
  'cxo',
  'vp',
  'svp',
  'evp',
  'avp',
  'head',
  'chief',
  'officer',
  'director',
  'direktor',
  'manager',
  'leiter',
  'leitung',
  'lead',
  'leader',
  'teamleader',
  'teamlead',
  'partner',
  'principal',
  'president',
  'präsident',
  'vizepräsident',
  'vorstand',
  'vorstandsvorsitzender',
  'vorstandsvorsitzende',
  'vorsitzender',
  'vorsitzende',
  'aufsichtsrat',
  'prokurist',
  'geschäftsführer',
  'geschäftsführung',
  'inhaber',
  'owner',
  'gründer',
  'founder',
  'co-founder',
  'cofounder',
  'mitgründer',
  'mitbegründer',
  'berater',
  'consultant',
  'advisor',
  'adviser',
  'assistant',
  'assistent',
  'assistenz',
  'sekretär',
  'sekretariat',
  'referent',
  'sachbearbeiter',
  'mitarbeiter',
  'specialist',
  'spezialist',
  'expert',
  'experte',
  'analyst',
  'engineer',
  'ingenieur',
  'entwickler',
  'developer',
  'architect',
  'architekt',
  'designer',
  'coordinator',
  'koordinator',
  'recruiter',
  'controller',
  'buchhalter',
  'accountant',
  'counsel',
  'lawyer',
  'attorney',
  'anwalt',
  'anwältin',
  'rechtsanwalt',
  'rechtsanwältin',
  'steuerberater',
  'wirtschaftsprüfer',
  'notar',
  'professor',
  'lecturer',
  'dozent',
  'researcher',
  'scientist',
  'wissenschaftler',
  'student',
  'trainee',
  'praktikant',
  'intern',
  'werkstudent',
  'chef',
  'bürgermeister',
  'mayor',
  'botschafter',
  'ambassador',
  'secretary',
  'treasurer',
  'editor',
  'redakteur',
  'journalist',
  'executive',
  'administrator',
  'kaufmann',
  'kauffrau',
  'verkäufer',
  'einkäufer',
  'techniker',
  'betreuer',
  'kundenbetreuer',
  'directeur',
  'directrice',
  'gérant',
  'gérante',
  'président',
  'présidente',
  'responsable',
  'gerente',
  'direttore',
  'direttrice',
  'amministratore',
  'responsabile',
  'directora',
  'presidente',
]);
/** A department alone is a job title too ("Einkauf"). */
const DEPARTMENTS = new Set([
  'vertrieb',
  'verkauf',
  'einkauf',
  'sales',
  'marketing',
  'purchasing',
  'procurement',
  'finance',
  'finanzen',
  'controlling',
  'accounting',
  'buchhaltung',
  'legal',
  'operations',
  'logistik',
  'logistics',
  'produktion',
  'production',
  'strategy',
  'strategie',
  'kommunikation',
  'communications',
  'personal',
  'personalwesen',
  'research',
  'forschung',
  'entwicklung',
  'engineering',
  'innovation',
  'compliance',
  'treasury',
  'development',
  'recht',
  'achats',
  'ventes',
]);
const MODIFIERS = new Set([
  'senior',
  'junior',
  'vice',
  'deputy',
  'stellvertretender',
  'stellvertretende',
  'stv',
  'stv.',
  'interim',
  'acting',
  'global',
  'regional',
  'area',
  'country',
  'general',
  'managing',
  'technical',
  'technischer',
  'technische',
  'kaufmännischer',
  'kaufmännische',
  'commercial',
  'key',
  'account',
  'business',
  'product',
  'produkt',
  'project',
  'projekt',
  'customer',
  'team',
  'office',
  'dach',
  'emea',
  'cee',
  'apac',
  'europe',
  'österreich',
  'austria',
  'deutschland',
  'germany',
  'schweiz',
  'switzerland',
  'international',
  'national',
  'digital',
]);
/** Upper case only: in lower case they are ordinary words ("it"). */
const DEPARTMENTS_EXACT = new Set(['IT', 'HR', 'PR', 'QM', 'QA', 'R&D', 'F&E', 'KAM']);
const ROLES_EXACT = new Set(['GF', 'MD']);
/** Endings of German compound roles: "Einkaufsleiterin", "Vertriebsmanager", "Personalchef". */
const ROLE_ENDINGS = [
  'leiter',
  'leitung',
  'manager',
  'berater',
  'führer',
  'referent',
  'assistent',
  'assistenz',
  'spezialist',
  'koordinator',
  'entwickler',
  'ingenieur',
  'direktor',
  'vorstand',
  'verantwortlicher',
  'verantwortliche',
  'beauftragter',
  'beauftragte',
  'sachbearbeiter',
  'mitarbeiter',
  'einkäufer',
  'verkäufer',
  'architekt',
  'planer',
  'techniker',
  'kaufmann',
  'kauffrau',
  'prüfer',
  'chef',
  'betreuer',
  'anwalt',
  'anwältin',
  'vorsitzender',
  'vorsitzende',
  'experte',
];

/** Whether (and how) a word belongs to a job title. */
export function jobWord(token: string): JobWord | undefined {
  if (ROLES_EXACT.has(token)) return 'role';
  if (DEPARTMENTS_EXACT.has(token)) return 'department';
  // "CEO/Gründer", "Vertrieb/Marketing": every part must be a job word.
  const parts = token.replace(/[/:*_](?:in|innen)$|\((?:in|innen)\)$/i, '').split('/');
  if (parts.length > 1) {
    const kinds = parts.map((part) => (part ? jobWord(part) : undefined));
    if (kinds.some((k) => k === undefined)) return undefined;
    return kinds.includes('role') ? 'role' : kinds.includes('department') ? 'department' : 'modifier';
  }
  // Binnen-I: "BeraterIn" → "Berater".
  const word = (parts[0] ?? '').replace(/(?<=\p{Ll})In(?:nen)?$/u, '').toLowerCase();
  for (const candidate of [word, word.split('-').pop() ?? '']) {
    const kind = lookUp(candidate) ?? (candidate.endsWith('in') ? lookUp(candidate.slice(0, -2)) : undefined);
    if (kind) return kind;
  }
  return undefined;
}

function lookUp(word: string): JobWord | undefined {
  if (ROLES.has(word)) return 'role';
  if (DEPARTMENTS.has(word)) return 'department';
  if (MODIFIERS.has(word)) return 'modifier';
  if (ROLE_ENDINGS.some((ending) => word.length >= ending.length + 3 && word.endsWith(ending))) return 'role';
  return undefined;
}

/** Joins job words: "Head of Sales", "Leiter für Einkauf und Logistik". */
const CONNECTORS = new Set(['of', 'for', 'für', 'fuer', 'and', 'und', '&', 'der', 'des', 'the', 'im', 'de']);
/** After these the next word belongs to the title whatever it is: "Head of Transformation". */
const OBJECT_CONNECTORS = new Set(['of', 'for', 'für', 'fuer', 'im', 'de']);

export function isJobConnector(token: string): boolean {
  return CONNECTORS.has(token.toLowerCase());
}

export function takesObject(token: string): boolean {
  return OBJECT_CONNECTORS.has(token.toLowerCase());
}

/** Roles that name what they lead: "Leiterin Recht", "Head Treasury", "Responsable Achats". */
const HEAD_ROLES = new Set([
  'leiter',
  'leiterin',
  'leitung',
  'head',
  'responsable',
  'responsabile',
  'direktor',
  'direktorin',
  'director',
  'directeur',
  'directrice',
  'direttore',
  'chef',
  'chefin',
]);

export function isHeadRole(token: string): boolean {
  const word = token.replace(/[/:*_](?:in|innen)$|\((?:in|innen)\)$/i, '').toLowerCase();
  return HEAD_ROLES.has(word) || /leiter(?:in)?$|leitung$/.test(word);
}

/** Abstract nouns that name a field of work: "Leiterin Digitalisierung", "Head Innovation". */
export function isFieldOfWork(token: string): boolean {
  return token.length >= 6 && /(?:ung|heit|keit|ion|tät|ik|ment|ance|ence|ing|ics|ismus|wesen|schaft)$/iu.test(token);
}
