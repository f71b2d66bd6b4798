import { expect, test } from './harness';
import { partyRow, readStore, seedStores, stored } from './extension-db';

test.use({ language: 'de' });

// Friday evening: 48 hours later is Sunday night, so the follow-ups move to Monday 09:00.
const PARTY = partyRow('party', 'Weihnachtsfeier Lechner AG', '2026-11-20T18:00', '2026-11-20T23:00');

test('Rückblick: Ziele und Personen abhaken, mehrere Kontakte auf einmal, Nachfassen am Montag', async ({
  extensionPage,
}) => {
  const popup = await extensionPage('popup.html#debrief');
  await seedStores(popup, {
    events: [PARTY],
    goals: [
      { ...stored('g1'), eventId: 'party', text: 'Mit 3 neuen Leuten sprechen', done: false, order: 0 },
      { ...stored('g2'), eventId: 'party', text: 'Einkaufsleiter kennenlernen', done: false, order: 1 },
    ],
    targets: [
      { ...stored('t1'), eventId: 'party', name: 'Max Huber', company: 'Huber Bau', askHost: true, status: 'planned' },
      { ...stored('t2'), eventId: 'party', name: 'Eva Klein', askHost: false, status: 'planned' },
    ],
  });
  await popup.reload();
  await expect(popup.getByRole('tab', { name: 'Rückblick' })).toHaveAttribute('aria-selected', 'true');
  await popup
    .getByTestId('debrief-list')
    .getByRole('button', { name: /Weihnachtsfeier Lechner AG/ })
    .click();
  expect(new URL(popup.url()).hash).toBe('#debrief=party');

  await expect(popup.getByTestId('debrief-title')).toHaveText('Weihnachtsfeier Lechner AG');
  await popup.getByTestId('debrief-goals').getByLabel('Mit 3 neuen Leuten sprechen').check();
  await popup.getByRole('radiogroup', { name: 'Max Huber' }).getByLabel('getroffen').check();
  await popup.getByRole('radiogroup', { name: 'Eva Klein' }).getByLabel('verpasst').check();
  await popup
    .getByTestId('debrief-met')
    .fill('Dr. Anna Berger, Lechner AG, anna@lechner.at\nMax Huber, Huber Bau, CEO\n\n');
  await popup.getByLabel('Worüber wir sprachen (Dr. Anna Berger)').fill('das neue Werk in Linz');
  await popup.getByLabel('Was ich versprach (Dr. Anna Berger)').fill('Fallstudie schicken');
  await expect(popup.getByText('Nachfassen fällig am')).toContainText('23.11.2026, 09:00');
  await popup.getByLabel('Was ich gelernt habe').fill('Der Gastgeber stellt gern vor.');
  await popup.getByLabel('4 von 5').check({ force: true });
  await popup.getByRole('button', { name: 'Rückblick speichern' }).click();
  await expect(popup.getByTestId('debrief-saved')).toHaveText('Rückblick gespeichert: 2 Nachfass-Termine geplant.');

  const goals = await readStore(popup, 'goals');
  expect(Object.fromEntries(goals.map((g) => [g.id, g.done]))).toEqual({ g1: true, g2: false });
  const targets = await readStore(popup, 'targets');
  expect(Object.fromEntries(targets.map((t) => [t.id, t.status]))).toEqual({ t1: 'met', t2: 'missed' });
  expect(await readStore(popup, 'debriefs')).toEqual([
    expect.objectContaining({ eventId: 'party', learned: 'Der Gastgeber stellt gern vor.', rating: 4 }),
  ]);
  const monday = await popup.evaluate(() => new Date(2026, 10, 23, 9, 0).toISOString());
  const contacts = await readStore(popup, 'contacts');
  expect(contacts.sort((a, b) => String(a.lastName).localeCompare(String(b.lastName)))).toEqual([
    expect.objectContaining({
      prefix: 'Dr.',
      firstName: 'Anna',
      lastName: 'Berger',
      emails: [{ label: 'work', value: 'anna@lechner.at' }],
      eventId: 'party',
      metAt: 'Weihnachtsfeier Lechner AG',
      followUpDue: monday,
      followUpStatus: 'open',
      followUpContext: 'Weihnachtsfeier Lechner AG – das neue Werk in Linz',
      followUpPromise: 'Fallstudie schicken',
    }),
    expect.objectContaining({
      firstName: 'Max',
      lastName: 'Huber',
      jobTitle: 'CEO',
      followUpDue: monday,
      followUpContext: 'Weihnachtsfeier Lechner AG',
    }),
  ]);

  // Debriefed: the party leaves the list.
  await popup.getByRole('button', { name: 'Alle Feiern zum Nachbereiten' }).click();
  await expect(popup.getByText('Keine Feier wartet auf einen Rückblick.', { exact: false })).toBeVisible();
});
