import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleAlarm, syncFollowUps } from '../../../../entrypoints/background/follow-ups';
import { addContact, setFollowUpStatus } from '../../../../lib/db/contacts';
import type { ContactData } from '../../../../lib/model/contact';
import { contactData } from '../../contact-data';
import { createTestDb } from '../../db/test-db';

const NOW = new Date('2026-12-14T12:00:00.000Z');
const at = (hours: number) => new Date(NOW.getTime() + hours * 3_600_000).toISOString();
const person = (firstName: string, followUpDue: string, extra: Partial<ContactData> = {}): ContactData =>
  contactData({ firstName, lastName: 'Berger', company: 'Lechner AG', followUpDue, followUpStatus: 'open', ...extra });

describe('follow-up reminders in the background', () => {
  let badge: string[];
  beforeEach(() => {
    badge = [];
    vi.spyOn(fakeBrowser.action, 'setBadgeText').mockImplementation(async ({ text }) => void badge.push(text ?? ''));
    vi.spyOn(fakeBrowser.action, 'setBadgeBackgroundColor').mockResolvedValue(undefined);
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key, subs) => `${key}(${[subs].flat().join('|')})`);
  });

  it('puts one alarm on each upcoming follow-up, none on past or done ones; badge = due count', async () => {
    const db = createTestDb();
    const soon = await addContact(db, person('Anna', at(2)));
    await addContact(db, person('Ben', at(-2)));
    const done = await addContact(db, person('Cleo', at(3), { followUpStatus: 'done' }));
    await fakeBrowser.alarms.create('followup:stale', { when: NOW.getTime() + 10_000 });
    await fakeBrowser.alarms.create('unrelated', { when: NOW.getTime() + 10_000 });

    expect(await syncFollowUps(db, NOW)).toBe(1);
    const alarms = await fakeBrowser.alarms.getAll();
    expect(alarms.map((a) => [a.name, a.scheduledTime]).sort()).toEqual([
      [`followup:${soon.id}`, Date.parse(at(2))],
      ['unrelated', NOW.getTime() + 10_000],
    ]);
    expect(badge).toEqual(['1']);
    expect(alarms.some((a) => a.name === `followup:${done.id}`)).toBe(false);

    await setFollowUpStatus(db, soon.id, 'done');
    expect(await syncFollowUps(db, NOW)).toBe(1);
    expect((await fakeBrowser.alarms.getAll()).map((a) => a.name)).toEqual(['unrelated']);
  });

  it('an alarm brings a notification with the context line; none for a follow-up done meanwhile', async () => {
    const db = createTestDb();
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    const hourAgo = new Date(Date.now() - 3_600_000).toISOString();
    const anna = await addContact(db, person('Anna', hourAgo, { followUpContext: 'Weihnachtsfeier – Linz' }));
    const ben = await addContact(db, person('Ben', hourAgo, { followUpStatus: 'done' }));
    await handleAlarm(db, { name: `followup:${anna.id}` });
    await handleAlarm(db, { name: `followup:${ben.id}` });
    await handleAlarm(db, { name: 'followup:gone' });
    expect(create).toHaveBeenCalledTimes(1);
    expect(create).toHaveBeenCalledWith(`followup:${anna.id}`, {
      type: 'basic',
      iconUrl: 'chrome-extension://test-extension-id/icon/128.png',
      title: 'followUpNotificationTitle(Anna Berger · Lechner AG)',
      message: 'Weihnachtsfeier – Linz',
    });
    expect(badge.at(-1)).toBe('1');
  });
});
