import { browser, type Browser } from 'wxt/browser';
import { nameWithCompany } from '../../lib/contacts/names';
import { countDueFollowUps, getContact, listOpenFollowUps } from '../../lib/db/contacts';
import type { SternstundeDB } from '../../lib/db/database';
import { t } from '../../lib/i18n';
import type { Contact } from '../../lib/model/contact';
import { openPage } from './open-page';

// One alarm per upcoming follow-up, named after its contact; alarms outlive the service worker.
// Alarm names persist in the browser across updates: they keep their old spelling ("followup").
const ALARM_PREFIX = 'followup:';
// A periodic check keeps the badge right when follow-ups become due or data changed elsewhere.
const REFRESH_ALARM = 'followups:refresh';
const REFRESH_MINUTES = 30;
// Chrome caps the number of alarms; the earliest follow-ups are the ones that matter.
const MAX_ALARMS = 200;
const BADGE_COLOR = '#8c1d18';

/** The toolbar button: `action` in MV3, `browserAction` in Firefox's MV2. */
function toolbarButton(): Pick<typeof browser.action, 'setBadgeText' | 'setBadgeBackgroundColor'> | undefined {
  return browser.action ?? browser.browserAction;
}

/** Shows the number of due follow-ups on the toolbar button; returns it. */
export async function refreshBadge(db: SternstundeDB, now = new Date()): Promise<number> {
  const due = await countDueFollowUps(db, now.toISOString());
  const button = toolbarButton();
  await button?.setBadgeBackgroundColor({ color: BADGE_COLOR });
  await button?.setBadgeText({ text: due > 0 ? String(due) : '' });
  return due;
}

/** Puts one alarm on every upcoming follow-up (and none on others), then updates the badge. */
export async function syncFollowUps(db: SternstundeDB, now = new Date()): Promise<number> {
  const upcoming = (await listOpenFollowUps(db))
    .map((c) => ({ name: `${ALARM_PREFIX}${c.id}`, when: Date.parse(c.followUpDue ?? '') }))
    .filter((a) => a.when > now.getTime())
    .slice(0, MAX_ALARMS);
  const wanted = new Map(upcoming.map((a) => [a.name, a.when]));
  const existing = (await browser.alarms.getAll()).filter((a) => a.name.startsWith(ALARM_PREFIX));
  const current = new Map(existing.map((a) => [a.name, a.scheduledTime]));
  await Promise.all([
    ...existing.filter((a) => wanted.get(a.name) !== a.scheduledTime).map((a) => browser.alarms.clear(a.name)),
    ...upcoming
      .filter((a) => current.get(a.name) !== a.when)
      .map((a) => browser.alarms.create(a.name, { when: a.when })),
  ]);
  return refreshBadge(db, now);
}

/** The reminder for one follow-up; clicking it opens the contact. */
export async function notifyFollowUp(contact: Contact): Promise<void> {
  await browser.notifications.create(`${ALARM_PREFIX}${contact.id}`, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: t('followUpNotificationTitle', nameWithCompany(contact)),
    message: contact.followUpContext || contact.followUpPromise || t('followUpNotificationNoContext'),
  });
}

/** An alarm went off: remind of the follow-up it stands for, and bring the badge up to date. */
export async function handleAlarm(db: SternstundeDB, alarm: Pick<Browser.alarms.Alarm, 'name'>): Promise<void> {
  if (alarm.name === REFRESH_ALARM) {
    await syncFollowUps(db);
    return;
  }
  if (!alarm.name.startsWith(ALARM_PREFIX)) return;
  const contact = await getContact(db, alarm.name.slice(ALARM_PREFIX.length));
  if (contact?.followUpDue && contact.followUpStatus !== 'done') await notifyFollowUp(contact);
  await refreshBadge(db);
}

/** Opens the contact of a clicked follow-up reminder in the popup page, in a tab. */
async function openFollowUp(notificationId: string): Promise<void> {
  if (!notificationId.startsWith(ALARM_PREFIX)) return;
  await openPage({ page: 'contact', contactId: notificationId.slice(ALARM_PREFIX.length) });
  await browser.notifications.clear(notificationId);
}

/** Creates the periodic alarm once; re-creating it on every wake would keep postponing it. */
async function ensureRefreshAlarm(): Promise<void> {
  if (await browser.alarms.get(REFRESH_ALARM)) return;
  await browser.alarms.create(REFRESH_ALARM, { periodInMinutes: REFRESH_MINUTES });
}

/** Wires follow-up reminders and the badge: on startup, on alarms, and every REFRESH_MINUTES. */
export function startFollowUps(db: SternstundeDB): void {
  const report = (error: unknown) => console.warn('Sternstunde follow-ups:', error);
  browser.alarms.onAlarm.addListener((alarm) => void handleAlarm(db, alarm).catch(report));
  browser.notifications.onClicked.addListener((id) => void openFollowUp(id).catch(report));
  browser.runtime.onStartup.addListener(() => void syncFollowUps(db).catch(report));
  void ensureRefreshAlarm().catch(report);
  void syncFollowUps(db).catch(report);
}
