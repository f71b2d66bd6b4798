import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { partyRow, readStore, seedStores, stored } from '../e2e/extension-db';
import { byText, eventually, expectText, injected, panelShowing, typeInto } from './dom';
import type { Firefox } from './firefox';

const ANNA = 'Dr. Anna Berger, Lechner AG, CFO, anna@lechner.at, +43 660 1234567';

/** The toolbar popup (opened in a tab) and the options page. */
export function popupTests(firefox: () => Firefox): void {
  it('quick add by keyboard alone, then the export: a CSV download arrives and reads back', async () => {
    const popup = await firefox().extensionPage('popup.html');
    await eventually(async () =>
      expect(await popup.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('qa-input'),
    );
    await popup.keyboard.type(ANNA);
    await expectText(popup, '[data-testid="qa-preview"] [data-field="company"]', 'Lechner AG');
    await popup.keyboard.press('Enter');
    await expectText(popup, '[data-testid="qa-status"]', 'Saved: Dr. Anna Berger');
    expect(await popup.$eval('[data-testid="qa-input"]', (e) => (e as HTMLInputElement).value)).toBe('');
    const contacts = await readStore(popup, 'contacts');
    expect(contacts).toHaveLength(1);
    expect(contacts[0]).toMatchObject({
      firstName: 'Anna',
      lastName: 'Berger',
      company: 'Lechner AG',
      jobTitle: 'CFO',
    });

    await (await byText(popup, '[role="tab"]', 'Export')).click();
    await expectText(popup, '[data-testid="export-count"]', 'Contacts in this selection: 1');
    await (await byText(popup, 'form button[type="submit"]', 'Download')).click();
    const { downloads } = firefox();
    const file = await eventually(() => {
      const [name, ...more] = readdirSync(downloads).filter((f) => !f.endsWith('.part'));
      expect(more).toEqual([]);
      expect(name).toMatch(/^sternstunde-contacts-\d{4}-\d{2}-\d{2}\.csv$/);
      return join(downloads, name!);
    });
    const csv = await eventually(() => {
      const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
      expect(text.split(/\r?\n/).filter(Boolean)).toHaveLength(2);
      return text;
    });
    expect(csv).toContain('Anna');
    expect(csv).toContain('Berger');
    expect(csv).toContain('Lechner AG');
  });

  it('the debrief: goals and people ticked off, the people met become contacts with a follow-up', async () => {
    // Seeded from one page (which created the database), debriefed in a fresh one.
    const seeder = await firefox().extensionPage('popup.html');
    await seedStores(seeder, {
      events: [partyRow('party', 'Christmas party – Lechner AG', '2026-11-20T18:00', '2026-11-20T23:00')],
      goals: [{ ...stored('g1'), eventId: 'party', text: 'Talk to 3 new people', done: false, order: 0 }],
      targets: [{ ...stored('t1'), eventId: 'party', name: 'Max Huber', askHost: true, status: 'planned' }],
    });
    const popup = await firefox().extensionPage('popup.html#debrief');
    await (await byText(popup, '[data-testid="debrief-list"] button', 'Christmas party – Lechner AG')).click();
    await expectText(popup, '[data-testid="debrief-title"]', 'Christmas party – Lechner AG');
    await (await byText(popup, '[data-testid="debrief-goals"] label', 'Talk to 3 new people')).click();
    await (await byText(popup, '[role="radiogroup"][aria-label="Max Huber"] label', 'met')).click();
    await typeInto(popup, '[data-testid="debrief-met"]', 'Dr. Anna Berger, Lechner AG');
    await (await byText(popup, 'button', 'Save debrief')).click();
    await expectText(popup, '[data-testid="debrief-saved"]', /Debrief saved: \d follow-ups? planned\./);

    expect((await readStore(popup, 'goals')).map((g) => g.done)).toEqual([true]);
    expect((await readStore(popup, 'targets')).map((t) => t.status)).toEqual(['met']);
    expect(await readStore(popup, 'debriefs')).toEqual([expect.objectContaining({ eventId: 'party' })]);
    const contacts = await readStore(popup, 'contacts');
    expect(contacts).toEqual([
      expect.objectContaining({ firstName: 'Anna', lastName: 'Berger', eventId: 'party', followUpStatus: 'open' }),
    ]);
  });

  it('options: a partner and a keyword are stored; the keyword reaches the calendar tab', async () => {
    const options = await firefox().extensionPage('options.html');
    await typeInto(options, 'input[placeholder="Partner"]', 'IT Weber');
    await (await byText(options, 'button[type="submit"]', 'Add partner')).click();
    await expectText(options, '[data-testid="partner-list"]', /IT Weber/);
    const include = await byText(options, 'label', 'Always prepare events whose title contains');
    await (await include.$('textarea'))!.type('team meeting');
    await (await byText(options, 'button[type="submit"]', 'Save keywords')).click();
    await byText(options, '[role="status"]', 'Saved.');
    expect((await readStore(options, 'partners')).map((p) => p.name)).toEqual(['IT Weber']);

    const page = await firefox().calendarPage(
      'https://calendar.google.com/calendar/u/0/r/week/2026/12/10',
      'google/calendar-2026-10.en.html',
    );
    await (await byText(page, '[data-opens-details]', 'Team meeting')).click();
    const panel = await panelShowing(page, 'Team meeting');
    await expectText(panel, '[data-testid="partners-strip"]', /IT Weber/);
    expect(await injected(page)).toEqual({ chips: 1, panels: 1 });
  });
}
