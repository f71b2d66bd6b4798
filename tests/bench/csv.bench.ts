// CSV speed: export 10,000 contacts to the 'full' format and import them back.
import { contactsToCsv, csvToContacts } from '../../lib/csv';
import type { ContactInput } from '../../lib/model/contact';
import type { Bench } from './row';

const COUNT = 10_000;
const RUNS = 5;

const contacts: ContactInput[] = Array.from({ length: COUNT }, (_, i) => ({
  id: `id-${i}`,
  createdAt: '2025-12-12T19:30:00.000Z',
  updatedAt: '2025-12-13T08:00:00.000Z',
  ...(i % 3 === 0 ? { prefix: 'Mag.' } : {}),
  firstName: `Jörg ${i}`,
  lastName: 'van der Berg',
  company: 'Huber & Söhne, GmbH',
  jobTitle: 'Einkauf',
  emails: [
    { label: 'work', value: `joerg${i}@huber.at` },
    { label: 'home', value: `joerg${i}@gmx.at` },
  ],
  phones: [
    { label: 'mobile', value: `+43 660 ${1_000_000 + i}` },
    { label: 'work', value: `+43 732 ${2_000_000 + i}` },
  ],
  addresses: [{ label: 'work', street: 'Hauptstraße 1', postalCode: '4020', city: 'Linz', country: 'Österreich' }],
  websites: [{ label: 'work', value: 'huber.at' }],
  notes: 'Sprach über "Lieferketten";\nwill Broschüre =1+1',
  tags: ['Kunde', 'Wien'],
  metAt: 'Weihnachtsfeier Huber AG',
  introducedBy: 'Maria Huber',
  partnerFit: ['Koller IT'],
  followUpDue: '2025-12-15T08:00:00.000Z',
  followUpStatus: 'open' as const,
  followUpContext: 'Punsch, Lieferketten',
}));

function medianMs(run: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(RUNS / 2)] ?? Number.NaN;
}

export const bench: Bench = async () => {
  const text = contactsToCsv(contacts, 'full');
  const exportMs = medianMs(() => contactsToCsv(contacts, 'full'));
  const importMs = medianMs(() => csvToContacts(text));
  return [
    {
      figure: `export ${COUNT} contacts to full CSV`,
      value: exportMs,
      unit: 'ms',
      target: '< 500',
      ok: exportMs < 500,
    },
    {
      figure: `import ${COUNT} contacts from full CSV`,
      value: importMs,
      unit: 'ms',
      target: '< 3000',
      ok: importMs < 3000,
    },
  ];
};
