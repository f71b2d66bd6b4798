// Term lists, one regex per kind of evidence, compiled once at module load.
// They match normalised text (see normalise.ts): lower-case, no diacritics
// ("glühwein" -> "gluhwein", "opłatek" -> "oplatek"), words separated by one
// space ("X-Mas-Feier" -> "x mas feier"). Most entries are stems without a
// trailing \b so they also match inside compounds ("kundenweihnachtsfeier").
// One literal per language or language group; `r` joins them.
const r = (...parts: RegExp[]): RegExp => new RegExp(parts.map((p) => p.source).join('|'));

// Words that are a festive gathering on their own: festive and gathering terms at once.
const XMAS_GATHERING = r(
  /punsch|glue?h?wein|mulled wine|eggnog|secret santa|wichteln|vin chaud/, // de, en, fr
  /\bjule?(?:bord|fest|frokost|lunch|middag|fika|glogg|mingel|party|feiring|afslutning|avslutning|buffe|treff)/, // sv, da, no
  /pikkujoulu|\bglogi|\bglogg?\b/, // fi, sv (mulled wine)
  /oplat[ek]/, // pl: sharing the Christmas wafer, an office custom
  /kerst ?(?:borrel|diner|lunch|feest|viering|drink|receptie|etentje|ontbijt)/, // nl compounds ("Kerstdiner")
);
const YEAR_GATHERING = r(
  /ausklang|jahresabschluss ?(?:feier|fest|party|essen|abend|umtrunk|apero|empfang|treff|event|dinner|brunch|lunch|hock)/, // de
  /galette des rois/, // fr, a January office custom
  /confraterniza/, // pt: the year-end get-together
  /evbucsuztato/, // hu: farewell to the year
);

/** Christmas and Advent words. */
export const XMAS = r(
  XMAS_GATHERING,
  /weihnacht|christkind|\badvent(?!ur| of code)|nikolaus(?=[a-z])|\bnikolo|chlaus|lebkuchen/, // de, at, ch ("Nikolaus" alone is a name)
  /christmas|\bx ?mas|festive|seasonal|season s greetings|happy holidays|yule|(?<!bank |public )\bholiday(?!s| inn| home| let)/, // en
  /\b(?:de|du|a|pour) noel|^noel|\bnoel (?:de|d|du|des|chez|au|en|a)\b/, // fr (bare "Noel" is also a name)
  /kerst(?!in)/, // nl (not the name Kerstin)
  /\bnatal(?:e\b|izi|in[oa]|\b)|\bauguri/, // it, pt (not Natalie)
  /\bnavid(?:ad|en)/, // es
  /wigili|swiateczn|bozonarodz/, // pl
  /\bvanoc|\bvianoc/, // cs, sk
  /karacsony/, // hu
  /\bjoulu/, // fi
  /\bcraciun|\bbozic/, // ro, hr/sl
  /\byilbasi|χριστουγενν/, // tr (New Year's, when Turkish offices celebrate), el
);

/** Year-end and New Year words. "Jahresabschluss" alone is accounting, not here. */
export const YEAR = r(
  YEAR_GATHERING,
  /jahresend|jahreswechsel|neujahr(?!stag)/, // de
  /\byear ?end|\bend of (?:the )?year|\bnew year(?! ?s? eve| ?s? day)/, // en
  /fin d ?annee|nouvel an|\bvoeux\b/, // fr (cérémonie des vœux)
  /eindejaar|nieuwjaar(?!sdag)/, // nl
  /fine (?:d |dell )?anno|fin de ano|fim de ano|\bano n(?:ovo|uevo)/, // it, es, pt
  /noworoczn|novorocn|evzaro|evvegi|ujevi|\bkon(?:iec|ca|ec) rok[ua]\b/, // pl, cs, sk, hu ("na koniec roku")
  /\bcapodanno|novogodisnj|novoletn|sfarsit de an|\byil ?sonu|πρωτοχρονι/, // it, hr, sl, ro, tr, el
  /\bnyt?ars|arsavslutning|arsafslutning|uudenvuoden/, // sv, da, no, fi
);

/** Social gatherings: parties, meals, drinks, receptions. */
export const GATHERING = r(
  XMAS_GATHERING,
  YEAR_GATHERING,
  /feier(?!tag|abend)|fest(?!tag|iv|leg|stell|plat|netz|geld|preis|ung|halt)|party|sause|(?<![rz])essen\b|brunch|frue?hstue?ck|umtrunk|apero|aperitif|empfang(?!nis)|treff|stammtisch|hoe?ck\b|ausflug|abend\b|veranstaltung|event|gala|netzwerk|anstoss|buffet/, // de, at, ch
  /dinner|lunch|breakfast|celebrat|\bsocial\b|gathering|get ?together|reception|\bdrinks|cocktail|\bmixer|happy hour|meetup|\btoast\b|open house|evening|networking|\bbash\b|\bball\b/, // en
  /\bfete|\bsoiree|\brepas|\bdiner|\bdejeuner|\bpot\b|\bverre\b|ceremonie|afterwork/, // fr
  /borrel|feest|receptie|etentje|uitje|bijeenkomst|viering|ontbijt/, // nl
  /\bfesta|\bcena\b|pranzo|aperitivo|brindis|rinfresco|ricevimento|serata|incontro/, // it
  /fiesta|comida|almuerzo|\bcopas?\b|encuentro|celebracion|recepcion|jantar|almoco|encontro/, // es, pt
  /middag|frokost|mingel|\bfika|sammenkomst|fejring|feiring|juhla|lounas|illallinen/, // sv, da, no, fi
  /spotkanie|kolacj|impreza|przyjecie|firmow/, // pl ("wigilia firmowa")
  /vecir|vecier|vecer[ea]|oslav|setkani/, // cs, sk
  /\bbuli|vacsora|\bparti\b|fogadas|unnepseg|\bebed|talalkozo/, // hu
  /\bpartisi\b|kutlama|resepsiyon|kokteyl|domjenak|\bzabav|druzenj|petrecer|receptie|παρτι|γιορτ|δεξιωσ/, // tr, hr/sl, ro, el
);

/** A host or guests from working life. */
export const ORGANISATION = r(
  /kunde|mandant|partner|lieferant|sponsor|firm|betrieb|abteilung|kolleg|mitarbeit|verband|verein|kammer|kanzlei|unternehm|\bteam|\bgmbh|\bag\b/, // de (+ shared stems)
  /client|customer|supplier|company|corporate|\boffice|department|colleague|staff|chamber|business|\bltd\b/, // en
  /entreprise|collegue|equipe|bedrijf|afdeling|aziend|collegh|empresa|kontrahent/, // fr, nl, it, es, pl
);

/** Wording of an invitation (also the invitation prefix of a title). */
export const INVITATION = r(
  /einlad|eingeladen|\bladen (?:wir|sie|euch|dich|ihr)|wir laden|herzlich|freuen uns|u ?a ?w ?g|um antwort|anmeld|dress ?code|buffet/, // de
  /invit|join us|rsvp|r s v p|look forward|cordially|please (?:reply|register|confirm)/, // en, fr, it, es
  /convi|inscri|uitnodig|nodigen|zaprasza|zaprosz|pozvan|meghiv|inbjud|velkommen|valkommen|kutsu/, // fr, pt, nl, pl, cs, hu, nordic, fi
);

/** Places where parties happen, looked for in the location and title. */
export const VENUE =
  /restaur|gasthaus|gasthof|wirtshaus|hotel|\bbar\b|\bpub\b|saal|\bsal(?:a|le)\b|\bhall\b|kantine|canteen|rooftop|terrasse|lounge|\bclub|markt|market|marche|mercat|hutte|ballroom/;

// ---- counter-evidence, matched in the title -------------------------------

/** Cancelled or postponed (also the cancellation prefix of a title). */
/** Cancellation as phrased inside a description (not "zu- oder absagen"). */
export const CANCELLED_IN_TEXT =
  /abgesagt|findet nicht statt|entfae?llt|cancel+ed|postponed|annulee?\b|geannuleerd|annullat|cancelad/;

/** Cancelled or postponed, in a title. */
export const CANCELLED = r(
  CANCELLED_IN_TEXT,
  /\babsage|storniert|fae?llt aus|verschoben/, // de
  /cancellation|called off|reporte|afgelast|uitgesteld|rinviat|aplazad|adiad/, // en, fr, nl, it, es, pt
  /odwolan|przelozon|zrusen|odlozen|elmarad|peruttu|peruutettu|installd|aflyst|avlyst|utsatt/, // pl, cs, hu, fi, nordic
);

/** Public holidays and day-off entries. */
export const DAY_OFF = r(
  /feiertag|festtag|\bheilig(?:er)? ?abend|weihnachtstag|neujahrstag|ste(?:f|ph)an(?:i|s)tag|betriebsruhe|geschlossen/, // de, at
  /christmas (?:day|eve)|new year ?s? (?:day|eve)|boxing day|bank holiday|public holiday|\bday off|\bclosed\b/, // en
  /jour de noel|kerstdag|kerstavond|\bjule?(?:dag|afton|aften)|dia de (?:navidad|natal)|\bvigilia\b|\bferiado|\bfestivo\b|\bswieta\b|jouluaatto|joulupaiva/, // other languages
);

/** Vacation, leave, absence. */
export const VACATION = r(
  /urlaub|ferien|abwesen|\bfrei\b|weihnachtspause/, // de
  /vacation|(?<!happy )holidays|annual leave|\bon leave|\bpto\b|\booo\b|out of office|christmas break|winter break/, // en
  /vacances|conges|vakantie|kerstreces|\bvrij\b|vacanz|\bferie\b|vacacion|\bferias\b|\burlop|dovolen|szabadsag|\bloma\b/, // other languages
);

/** Private and family occasions. */
export const PRIVATE = r(
  /familie|\boma\b|\bopa\b|\beltern|schwiegerel|\bmama\b|\bpapa\b|bei freunden|zu hause|zuhause|daheim|bescherung/, // de
  /family|at home|\bin laws|\bmom\b|\bmum\b|\bdad\b|\bparents|grandma|grandpa|with friends/, // en
  /famille|a la maison|reveillon|famili|\bthuis\b|famiglia|a casa\b|en casa|em casa|rodzin|u rodzicow|\bcsalad|\bhemma|hjemme|kotona|perhe/, // other languages
);

/** Errands and chores. */
export const ERRAND = r(
  /geschenk|kaufen|besorg|einpack|weihnachtskarten|karten schreiben|weihnachtspost|christbaum|weihnachtsbaum|tannenbaum|\bbaum\b|backen|plae?tzchen|\bdeko|putzen|abholen|bestell|erledig/, // de
  /shopping|\bbuy\b|\bgifts?\b|\bpresents?\b|\bwrap|\bcards\b|\btree\b|baking|decorat|\bclean|pick ?up|supplies|\bsale\b/, // en
  /cadeau|kerstboom|regal[oi]s?\b|prezent/, // fr, nl, it/es, pl
);

/** Religious services, concerts and performances, school and children's events. */
export const CEREMONY = r(
  /mette\b|gottesdienst|kirche\b|andacht|krippenspiel|konzert|auffue?hrung|(?<!hoch)schul(?:e|f|w|a|k)|\bkita\b|kindergarten|\bkiga\b|\bhort\b|kinder/, // de
  /\bmass\b|church|nativity|concert|carol service|nutcracker|school|nursery|\bkids?\b|children/, // en
  /pasterka|\bkerk\b|chiesa|iglesia|igreja|concierto|koncert|konsert|ecole|scuola|escuela|escola|szkol|skola|koulu/, // other languages
);

/** A meeting or task about a party rather than the party itself. */
export const ABOUT_PARTY = r(
  /planung|\bplan(?:en)?\b|vorbereit|\borga\b|organi[sz]|budget|kosten|rechnung|\bfotos?\b|\bbilder\b|feedback|abstimm|besprech|nachbereit|anmeld|erinnerung/, // de (+ en organise)
  /planning|invoice|rsvp|reminder|registration|sign ?up|\bphotos?\b|walk ?through|approv|debrief|\bprep\b|venue|booking|deadline/, // en
  /preparat|factur|fattur|voorbereid/, // fr, it, nl
);

/** Accounting and the financial year-end close ("Jahresabschluss" without a party). */
export const ACCOUNTING = r(
  /jahresabschluss(?! ?(?:feier|fest|party|essen|abend|umtrunk|apero|empfang|treff|event|dinner|brunch|lunch|hock))|bilanz|buchhaltung/, // de
  /accounting|\bclos(?:e|ing)\b|\baudit|fiscal/, // en
  /cloture|comptab|jaarafsluiting|boekhoud|bokslut|chiusura|bilancio|contabil|cierre|balanco/, // fr, nl, sv, it, es, pt
);

/** Reviews, reports and training: work about the year, not a celebration. */
export const REVIEW = r(
  /rue?ckblick|retrospe[ck]tiv|jahresgespr|mitarbeitergespr|bericht|prae?sentation|schulung|seminar/, // de
  /review|appraisal|report|presentation|webinar|workshop|training|terugblik/, // en, nl
);

/** Ordinary work formats and duties. */
export const WORK =
  /\bsync\b|\bmeeting\b|\bcall\b|stand ?up|jour fixe|\b1 1\b|one on one|on call|handover|kick ?off|bereitschaft|ue?bergabe|schicht/;
