import type { Browser } from 'wxt/browser';

type Sender = Browser.runtime.MessageSender;

/** Senders as the browser describes them, one of each kind the router must tell apart. */
const ID = 'test-extension-id';
const BASE = `chrome-extension://${ID}/`;

export const senders = {
  popup: { id: ID, url: `${BASE}popup.html` },
  framedPanel: { id: ID, url: `${BASE}panel.html#event=e1&token=t`, tab: { id: 7 }, frameId: 3 },
  googleTab: { id: ID, url: 'https://calendar.google.com/calendar/u/0/r/week', tab: { id: 7 }, frameId: 0 },
  outlookTab: { id: ID, url: 'https://outlook.office.com/calendar/view/week', tab: { id: 8 }, frameId: 0 },
  privateGoogleTab: {
    id: ID,
    url: 'https://calendar.google.com/calendar/r',
    tab: { id: 9, incognito: true },
    frameId: 0,
  },
  /** A content script of ours can't run here: a page that isn't a calendar. */
  otherSite: { id: ID, url: 'https://evil.example/', tab: { id: 10 }, frameId: 0 },
  lookalikeHost: { id: ID, url: 'https://calendar.google.com.evil.example/', tab: { id: 11 }, frameId: 0 },
  subframe: { id: ID, url: 'https://calendar.google.com/embed', tab: { id: 7 }, frameId: 4 },
  otherExtension: { id: 'someone-else', url: 'chrome-extension://someone-else/page.html' },
  noOne: {},
};

export type SenderName = keyof typeof senders;

/** A sender by name, typed as the browser's. */
export const sender = (name: SenderName) => senders[name] as unknown as Sender;
