import type { QuickAddResult } from '../../../lib/quick-add';

/** One typed line and what parseQuickAdd must return for it (absent fields included). */
export const cases: [line: string, expected: QuickAddResult][] = [
  // A department word inside a company name, when another part is the job title.
  ['Ben Adler, Adler IT, CTO', { firstName: 'Ben', lastName: 'Adler', company: 'Adler IT', jobTitle: 'CTO' }],
  [
    'Eva Klein, Klein Marketing, Geschäftsführerin',
    { firstName: 'Eva', lastName: 'Klein', company: 'Klein Marketing', jobTitle: 'Geschäftsführerin' },
  ],
  [
    'Max Huber, Leiter IT, Huber Bau',
    { firstName: 'Max', lastName: 'Huber', company: 'Huber Bau', jobTitle: 'Leiter IT' },
  ],
  // The documented example and its variations in separators.
  [
    'Dr. Anna Berger, Lechner AG, CFO, anna@lechner.at, +43 660 1234567',
    {
      prefix: 'Dr.',
      firstName: 'Anna',
      lastName: 'Berger',
      company: 'Lechner AG',
      jobTitle: 'CFO',
      email: 'anna@lechner.at',
      phone: '+43 660 1234567',
    },
  ],
  [
    'Dr. Anna Berger; Lechner AG; CFO; anna@lechner.at; +43 660 1234567',
    {
      prefix: 'Dr.',
      firstName: 'Anna',
      lastName: 'Berger',
      company: 'Lechner AG',
      jobTitle: 'CFO',
      email: 'anna@lechner.at',
      phone: '+43 660 1234567',
    },
  ],
  [
    'Dr. Anna Berger | Lechner AG | CFO | anna@lechner.at',
    {
      prefix: 'Dr.',
      firstName: 'Anna',
      lastName: 'Berger',
      company: 'Lechner AG',
      jobTitle: 'CFO',
      email: 'anna@lechner.at',
    },
  ],
  ['Anna Berger - Lechner AG - CFO', { firstName: 'Anna', lastName: 'Berger', company: 'Lechner AG', jobTitle: 'CFO' }],
  ['Anna Berger / Lechner AG / CFO', { firstName: 'Anna', lastName: 'Berger', company: 'Lechner AG', jobTitle: 'CFO' }],
  ['Anna Berger – Lechner AG – CFO', { firstName: 'Anna', lastName: 'Berger', company: 'Lechner AG', jobTitle: 'CFO' }],
  [
    'Dr. Anna Berger Lechner AG CFO anna@lechner.at +43 660 1234567',
    {
      prefix: 'Dr.',
      firstName: 'Anna',
      lastName: 'Berger',
      company: 'Lechner AG',
      jobTitle: 'CFO',
      email: 'anna@lechner.at',
      phone: '+43 660 1234567',
    },
  ],
  ['Anna Berger anna@x.de', { firstName: 'Anna', lastName: 'Berger', email: 'anna@x.de' }],

  // Any order.
  ['CFO, Lechner AG, Anna Berger', { firstName: 'Anna', lastName: 'Berger', company: 'Lechner AG', jobTitle: 'CFO' }],
  [
    '+43 660 1234567, anna@lechner.at, Anna Berger',
    { firstName: 'Anna', lastName: 'Berger', email: 'anna@lechner.at', phone: '+43 660 1234567' },
  ],
  ['Lechner AG: Anna Berger (CFO)', { firstName: 'Anna', lastName: 'Berger', company: 'Lechner AG', jobTitle: 'CFO' }],
  ['Anna Berger (Lechner GmbH)', { firstName: 'Anna', lastName: 'Berger', company: 'Lechner GmbH' }],
  [
    'Geschäftsführerin Anna Berger, Lechner GmbH',
    { firstName: 'Anna', lastName: 'Berger', company: 'Lechner GmbH', jobTitle: 'Geschäftsführerin' },
  ],

  // "at" / "bei" / "@".
  ['Anna Berger, CFO at Lechner', { firstName: 'Anna', lastName: 'Berger', company: 'Lechner', jobTitle: 'CFO' }],
  [
    'Anna Berger, Leiterin Einkauf bei Lechner AG',
    { firstName: 'Anna', lastName: 'Berger', company: 'Lechner AG', jobTitle: 'Leiterin Einkauf' },
  ],
  ['Anna Berger @ Lechner', { firstName: 'Anna', lastName: 'Berger', company: 'Lechner' }],
  [
    'Tom Baker, Head of Sales DACH at Red Bull GmbH',
    { firstName: 'Tom', lastName: 'Baker', company: 'Red Bull GmbH', jobTitle: 'Head of Sales DACH' },
  ],
  ['CFO at Lechner', { company: 'Lechner', jobTitle: 'CFO' }],

  // Titles and honorifics.
  ['Prof. Dr. Hans Gruber', { prefix: 'Prof. Dr.', firstName: 'Hans', lastName: 'Gruber' }],
  [
    'Mag.a Eva Huber, Raiffeisen Bank International',
    { prefix: 'Mag.a', firstName: 'Eva', lastName: 'Huber', company: 'Raiffeisen Bank International' },
  ],
  [
    'Mag. Peter Wallner, Prokurist, Wallner & Partner',
    { prefix: 'Mag.', firstName: 'Peter', lastName: 'Wallner', company: 'Wallner & Partner', jobTitle: 'Prokurist' },
  ],
  [
    'DI Markus Pichler, Leiter Produktion',
    { prefix: 'DI', firstName: 'Markus', lastName: 'Pichler', jobTitle: 'Leiter Produktion' },
  ],
  [
    'Dipl.-Ing. Klaus Schmidt, Siemens AG',
    { prefix: 'Dipl.-Ing.', firstName: 'Klaus', lastName: 'Schmidt', company: 'Siemens AG' },
  ],
  ['Ing. Mag. Josef Maier', { prefix: 'Ing. Mag.', firstName: 'Josef', lastName: 'Maier' }],
  ['Frau Berger, Lechner AG', { prefix: 'Frau', lastName: 'Berger', company: 'Lechner AG' }],
  ['Herr Dr. Stefan Wolf', { prefix: 'Herr Dr.', firstName: 'Stefan', lastName: 'Wolf' }],
  ['Mr John Smith, Acme Ltd', { prefix: 'Mr', firstName: 'John', lastName: 'Smith', company: 'Acme Ltd' }],
  [
    'Ms. Jane Doe, VP Marketing, Globex Inc.',
    { prefix: 'Ms.', firstName: 'Jane', lastName: 'Doe', company: 'Globex Inc.', jobTitle: 'VP Marketing' },
  ],
  ['Dr. med. Lisa Koller', { prefix: 'Dr. med.', firstName: 'Lisa', lastName: 'Koller' }],
  [
    'Mag. Anna Berger, MBA, Lechner AG',
    { prefix: 'Mag.', firstName: 'Anna', lastName: 'Berger', company: 'Lechner AG' },
  ],
  ['Dr. Berger', { prefix: 'Dr.', lastName: 'Berger' }],

  // Particles.
  ['Eva van der Berg, Philips N.V.', { firstName: 'Eva', lastName: 'van der Berg', company: 'Philips N.V.' }],
  ['Karl-Theodor zu Guttenberg', { firstName: 'Karl-Theodor', lastName: 'zu Guttenberg' }],
  [
    'Maria von und zu Liechtenstein, LGT Bank',
    { firstName: 'Maria', lastName: 'von und zu Liechtenstein', company: 'LGT Bank' },
  ],
  [
    'Juan Carlos de la Cruz, Telefónica S.A.',
    { firstName: 'Juan Carlos', lastName: 'de la Cruz', company: 'Telefónica S.A.' },
  ],
  ['Marco di Stefano, Barilla S.p.A.', { firstName: 'Marco', lastName: 'di Stefano', company: 'Barilla S.p.A.' }],
  ['Jan ter Horst, ING Groep N.V.', { firstName: 'Jan', lastName: 'ter Horst', company: 'ING Groep N.V.' }],
  ['Paulo dos Santos', { firstName: 'Paulo', lastName: 'dos Santos' }],
  ["Sean O'Brien, Ryanair Holdings plc", { firstName: 'Sean', lastName: "O'Brien", company: 'Ryanair Holdings plc' }],
  ['Mary McAllister, Consultant', { firstName: 'Mary', lastName: 'McAllister', jobTitle: 'Consultant' }],
  ['Anna Van der Berg Lechner AG', { firstName: 'Anna', lastName: 'Van der Berg', company: 'Lechner AG' }],
  ['Ludwig van Beethoven', { firstName: 'Ludwig', lastName: 'van Beethoven' }],

  // Umlauts, ß, accents, other scripts.
  ['Jürgen Größ, Bäckerei Größ e.U.', { firstName: 'Jürgen', lastName: 'Größ', company: 'Bäckerei Größ e.U.' }],
  [
    'Zoë Müller-Lüdenscheidt, Société Générale S.A.',
    { firstName: 'Zoë', lastName: 'Müller-Lüdenscheidt', company: 'Société Générale S.A.' },
  ],
  [
    'François Dupont, Directeur, Renault SAS',
    { firstName: 'François', lastName: 'Dupont', company: 'Renault SAS', jobTitle: 'Directeur' },
  ],
  ['Иван Петров, ООО Ромашка', { firstName: 'Иван', lastName: 'Петров', company: 'ООО Ромашка' }],
  ['Νίκος Παπαδόπουλος, nikos@example.gr', { firstName: 'Νίκος', lastName: 'Παπαδόπουλος', email: 'nikos@example.gr' }],
  ['王小明', { lastName: '王', firstName: '小明' }],
  ['王 小明, 华为技术有限公司', { lastName: '王', firstName: '小明', company: '华为技术有限公司' }],
  ['田中太郎 tanaka@toyota.co.jp', { lastName: '田中', firstName: '太郎', email: 'tanaka@toyota.co.jp' }],

  // Companies.
  ['Anna Berger, Lechner GmbH & Co. KG', { firstName: 'Anna', lastName: 'Berger', company: 'Lechner GmbH & Co. KG' }],
  ['Piotr Nowak, Budimex Sp. z o.o.', { firstName: 'Piotr', lastName: 'Nowak', company: 'Budimex Sp. z o.o.' }],
  ['Lars Jensen, Maersk A/S', { firstName: 'Lars', lastName: 'Jensen', company: 'Maersk A/S' }],
  ['Mikko Virtanen, Nokia Oyj', { firstName: 'Mikko', lastName: 'Virtanen', company: 'Nokia Oyj' }],
  ['Jana Nováková, Škoda Auto a.s.', { firstName: 'Jana', lastName: 'Nováková', company: 'Škoda Auto a.s.' }],
  ['Péter Kovács, MOL Kft.', { firstName: 'Péter', lastName: 'Kovács', company: 'MOL Kft.' }],
  [
    'Sarah Connor, Cyberdyne Systems LLC, CTO',
    { firstName: 'Sarah', lastName: 'Connor', company: 'Cyberdyne Systems LLC', jobTitle: 'CTO' },
  ],
  [
    'Anna Berger Lechner anna@lechner.at',
    { firstName: 'Anna', lastName: 'Berger', company: 'Lechner', email: 'anna@lechner.at' },
  ],
  ['Anna Berger, ÖBB', { firstName: 'Anna', lastName: 'Berger', company: 'ÖBB' }],
  ['Anna Berger, A1 Telekom Austria', { firstName: 'Anna', lastName: 'Berger', company: 'A1 Telekom Austria' }],
  ['Anna Lechner anna@lechner.at', { firstName: 'Anna', lastName: 'Lechner', email: 'anna@lechner.at' }],
  ['Anna Berger, Lechner AG, Wien', { firstName: 'Anna', lastName: 'Berger', company: 'Lechner AG' }],
  [
    'Firma: Lechner, Name: Anna Berger, Position: Assistenz der Geschäftsleitung',
    { firstName: 'Anna', lastName: 'Berger', company: 'Lechner', jobTitle: 'Assistenz der Geschäftsleitung' },
  ],

  // Job titles.
  [
    'Max Mustermann, Head of Purchasing, Voestalpine AG',
    { firstName: 'Max', lastName: 'Mustermann', company: 'Voestalpine AG', jobTitle: 'Head of Purchasing' },
  ],
  ['Sabine Lang, Leiter/in Vertrieb', { firstName: 'Sabine', lastName: 'Lang', jobTitle: 'Leiter/in Vertrieb' }],
  ['Petra Fuchs, Key Account Managerin', { firstName: 'Petra', lastName: 'Fuchs', jobTitle: 'Key Account Managerin' }],
  ['Tim Cook, CEO, Apple Inc.', { firstName: 'Tim', lastName: 'Cook', company: 'Apple Inc.', jobTitle: 'CEO' }],
  [
    'Lena Hofer, Gründerin & CEO, Hofer Digital GmbH',
    { firstName: 'Lena', lastName: 'Hofer', company: 'Hofer Digital GmbH', jobTitle: 'Gründerin & CEO' },
  ],
  ['Georg Bauer, Einkaufsleiter', { firstName: 'Georg', lastName: 'Bauer', jobTitle: 'Einkaufsleiter' }],
  [
    'Julia Wagner, Senior Consultant, Deloitte',
    { firstName: 'Julia', lastName: 'Wagner', company: 'Deloitte', jobTitle: 'Senior Consultant' },
  ],
  [
    'Thomas Steiner, Leiter Digitalisierung, Erste Bank',
    { firstName: 'Thomas', lastName: 'Steiner', company: 'Erste Bank', jobTitle: 'Leiter Digitalisierung' },
  ],
  ['Laura Weiss, Business Development', { firstName: 'Laura', lastName: 'Weiss', jobTitle: 'Business Development' }],
  ['Martin Egger, Vertrieb', { firstName: 'Martin', lastName: 'Egger', jobTitle: 'Vertrieb' }],
  [
    'Claudia Berger, Partnerin, KPMG',
    { firstName: 'Claudia', lastName: 'Berger', company: 'KPMG', jobTitle: 'Partnerin' },
  ],
  ['Chris Lee, Marketing Solutions GmbH', { firstName: 'Chris', lastName: 'Lee', company: 'Marketing Solutions GmbH' }],

  [
    'MMag. Dr. Eva Kern, Leiterin Recht, Bundesministerium für Finanzen',
    {
      prefix: 'MMag. Dr.',
      firstName: 'Eva',
      lastName: 'Kern',
      company: 'Bundesministerium für Finanzen',
      jobTitle: 'Leiterin Recht',
    },
  ],
  [
    'Sophie Martin - Responsable Achats - Airbus SE',
    { firstName: 'Sophie', lastName: 'Martin', company: 'Airbus SE', jobTitle: 'Responsable Achats' },
  ],
  [
    'Hr. Mag. Huber, Leitung Einkauf, Spar AG, 0664 123 45 67',
    { prefix: 'Hr. Mag.', lastName: 'Huber', company: 'Spar AG', jobTitle: 'Leitung Einkauf', phone: '0664 123 45 67' },
  ],
  [
    'John Smith, VP Sales EMEA, Acme Corp., john.smith@acme.com, +1 (555) 123-4567',
    {
      firstName: 'John',
      lastName: 'Smith',
      company: 'Acme Corp.',
      jobTitle: 'VP Sales EMEA',
      email: 'john.smith@acme.com',
      phone: '+1 (555) 123-4567',
    },
  ],
  [
    'Dr. Thomas Maier-Kolb MSc, Geschäftsführer, TMK Consulting GmbH',
    {
      prefix: 'Dr.',
      firstName: 'Thomas',
      lastName: 'Maier-Kolb',
      company: 'TMK Consulting GmbH',
      jobTitle: 'Geschäftsführer',
    },
  ],
  [
    'Katharina Schmid, Wirtschaftskammer Österreich',
    { firstName: 'Katharina', lastName: 'Schmid', company: 'Wirtschaftskammer Österreich' },
  ],
  ['Stefan Huber Huber Bau GmbH', { firstName: 'Stefan', lastName: 'Huber', company: 'Huber Bau GmbH' }],
  ['anna berger lechner ag cfo', { firstName: 'anna', lastName: 'berger', company: 'lechner ag', jobTitle: 'cfo' }],
  ['ANNA BERGER, LECHNER AG', { firstName: 'ANNA', lastName: 'BERGER', company: 'LECHNER AG' }],
  ['Li Jun, Huawei', { firstName: 'Li', lastName: 'Jun', company: 'Huawei' }],
  ['Dr.in Maria Hofer', { prefix: 'Dr.in', firstName: 'Maria', lastName: 'Hofer' }],
  [
    'Anna Berger, Lechner AG, anna.berger@gmail.com',
    { firstName: 'Anna', lastName: 'Berger', company: 'Lechner AG', email: 'anna.berger@gmail.com' },
  ],

  // E-mail variants.
  ['mailto:Anna.Berger@Lechner.AT', { email: 'Anna.Berger@Lechner.AT' }],
  ['ANNA@LECHNER.AT', { email: 'ANNA@LECHNER.AT' }],
  ['Anna Berger <anna.berger@lechner.at>', { firstName: 'Anna', lastName: 'Berger', email: 'anna.berger@lechner.at' }],
  ['E-Mail: anna@lechner.at', { email: 'anna@lechner.at' }],

  // Phone variants.
  ['Anna Berger 0660/1234567', { firstName: 'Anna', lastName: 'Berger', phone: '0660/1234567' }],
  ['Anna Berger, Tel. +43 (0)1 234 56 78', { firstName: 'Anna', lastName: 'Berger', phone: '+43 (0)1 234 56 78' }],
  ['Anna Berger, Mobil: 0043 660 123 45 67', { firstName: 'Anna', lastName: 'Berger', phone: '0043 660 123 45 67' }],
  ['Hans Meier, +41 79 123 45 67, Zürich', { firstName: 'Hans', lastName: 'Meier', phone: '+41 79 123 45 67' }],
  ['Anna Berger (0660 123-45-67)', { firstName: 'Anna', lastName: 'Berger', phone: '0660 123-45-67' }],
  ['Tel: 0660-1234567, Fax: 01 234 5699', { phone: '0660-1234567' }],
  ['Anna Berger, Raum 204, 2024', { firstName: 'Anna', lastName: 'Berger' }],
  ['Anna Berger, 12345', { firstName: 'Anna', lastName: 'Berger' }],
  ['Anna Berger 24/12/2024', { firstName: 'Anna', lastName: 'Berger' }],

  // Websites.
  [
    'Anna Berger, https://www.lechner.at/team',
    { firstName: 'Anna', lastName: 'Berger', website: 'https://www.lechner.at/team' },
  ],
  ['Anna Berger, www.lechner.at', { firstName: 'Anna', lastName: 'Berger', website: 'www.lechner.at' }],
  ['Anna Berger lechner.at', { firstName: 'Anna', lastName: 'Berger', website: 'lechner.at' }],
  [
    'Anna Berger linkedin.com/in/anna-berger-123',
    { firstName: 'Anna', lastName: 'Berger', website: 'linkedin.com/in/anna-berger-123' },
  ],
  [
    'Anna Berger, https://www.linkedin.com/in/annaberger/.',
    { firstName: 'Anna', lastName: 'Berger', website: 'https://www.linkedin.com/in/annaberger/' },
  ],

  // Partial lines.
  ['Anna', { firstName: 'Anna' }],
  ['Anna Berger', { firstName: 'Anna', lastName: 'Berger' }],
  ['anna berger', { firstName: 'anna', lastName: 'berger' }],
  ['anna@lechner.at', { email: 'anna@lechner.at' }],
  ['+43 660 1234567', { phone: '+43 660 1234567' }],
  ['Lechner AG', { company: 'Lechner AG' }],
  ['  \t Anna   Berger \n', { firstName: 'Anna', lastName: 'Berger' }],
  ['', {}],
  ['   ', {}],
  [', ; | - /', {}],

  // "Lastname, Firstname" is read as "Name, Company".
  ['Berger, Anna', { firstName: 'Berger', company: 'Anna' }],
  // A separated part that is a job title is taken whole.
  [
    'Anna Berger, Regional Sales Manager, Lechner AG',
    { firstName: 'Anna', lastName: 'Berger', company: 'Lechner AG', jobTitle: 'Regional Sales Manager' },
  ],
  [
    'Anna Berger, Head of Corporate Communications, Lechner AG',
    { firstName: 'Anna', lastName: 'Berger', company: 'Lechner AG', jobTitle: 'Head of Corporate Communications' },
  ],
  [
    'Jan Kowalski, Kierownik Projektu, Budimex SA',
    { firstName: 'Jan', lastName: 'Kowalski', company: 'Budimex SA', jobTitle: 'Kierownik Projektu' },
  ],
  [
    'Anna Berger, Vice President Global Supply Chain, Lechner AG',
    { firstName: 'Anna', lastName: 'Berger', company: 'Lechner AG', jobTitle: 'Vice President Global Supply Chain' },
  ],
  [
    'Anna Berger, Customer Success Manager',
    { firstName: 'Anna', lastName: 'Berger', jobTitle: 'Customer Success Manager' },
  ],
  [
    'Ayşe Yılmaz, Satış Müdürü, Koç Holding',
    { firstName: 'Ayşe', lastName: 'Yılmaz', company: 'Koç Holding', jobTitle: 'Satış Müdürü' },
  ],
  [
    'Marco Rossi, Amministratore Delegato, Rossi S.p.A.',
    { firstName: 'Marco', lastName: 'Rossi', company: 'Rossi S.p.A.', jobTitle: 'Amministratore Delegato' },
  ],
  [
    'Claire Martin, Chargée de communication, Lumen SAS',
    { firstName: 'Claire', lastName: 'Martin', company: 'Lumen SAS', jobTitle: 'Chargée de communication' },
  ],
  [
    'Jan de Vries, Hoofd Inkoop, Heijmans NV',
    { firstName: 'Jan', lastName: 'de Vries', company: 'Heijmans NV', jobTitle: 'Hoofd Inkoop' },
  ],
  // The name in the same part as the title is still split off.
  ['Anna Berger CEO, Lechner AG', { firstName: 'Anna', lastName: 'Berger', company: 'Lechner AG', jobTitle: 'CEO' }],
  // Multi-word companies stay whole.
  [
    'Siemens Healthineers Austria, Anna Berger',
    { firstName: 'Anna', lastName: 'Berger', company: 'Siemens Healthineers Austria' },
  ],
  [
    'Anna Berger, Siemens Healthineers Austria, CFO',
    { firstName: 'Anna', lastName: 'Berger', company: 'Siemens Healthineers Austria', jobTitle: 'CFO' },
  ],
  [
    'Anna Berger, Wimmer & Söhne Maschinenbau GmbH',
    { firstName: 'Anna', lastName: 'Berger', company: 'Wimmer & Söhne Maschinenbau GmbH' },
  ],
  // CJK names written without a space: family name first.
  ['김민준', { lastName: '김', firstName: '민준' }],
  ['山田太郎', { lastName: '山田', firstName: '太郎' }],
  ['欧阳娜娜', { lastName: '欧阳', firstName: '娜娜' }],
  ['ヤマダタロウ', { firstName: 'ヤマダタロウ' }],
];
