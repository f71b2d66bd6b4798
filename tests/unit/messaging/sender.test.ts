import { describe, expect, it } from 'vitest';
import { checkSender } from '../../../lib/messaging/sender';
import { sender } from './senders';

const self = { id: 'test-extension-id', base: 'chrome-extension://test-extension-id/' };

describe('checkSender', () => {
  it('knows our pages, framed or not, by their URL in our origin', () => {
    expect(checkSender(sender('popup'), self)).toEqual({ kind: 'extension-page', incognito: false });
    expect(checkSender(sender('framedPanel'), self)).toEqual({ kind: 'extension-page', tabId: 7, incognito: false });
  });

  it('knows a content script by its tab and takes its calendar from the URL the browser gives', () => {
    expect(checkSender(sender('googleTab'), self)).toEqual({
      kind: 'content-script',
      tabId: 7,
      source: 'google',
      incognito: false,
    });
    expect(checkSender(sender('outlookTab'), self)).toMatchObject({ kind: 'content-script', source: 'outlook' });
    expect(checkSender(sender('privateGoogleTab'), self)).toMatchObject({ incognito: true });
  });

  it('refuses other extensions, non-calendar pages, look-alike hosts, subframes and senders without a tab', () => {
    for (const name of ['otherExtension', 'otherSite', 'lookalikeHost', 'subframe', 'noOne'] as const) {
      expect(checkSender(sender(name), self), name).toBeUndefined();
    }
    expect(checkSender({ id: self.id, url: 'https://calendar.google.com/' }, self)).toBeUndefined();
  });
});

describe('checkSender with a dynamic panel URL', () => {
  it("takes a page of ours under Chrome's per-session id for an extension page, never a web page", () => {
    const framed = { id: self.id, url: 'chrome-extension://per-session-id/panel.html#', tab: { id: 7 } };
    expect(checkSender(framed as never, self)).toMatchObject({ kind: 'extension-page', tabId: 7 });
    const page = { id: self.id, url: 'https://chrome-extension.example/', tab: { id: 7 }, frameId: 0 };
    expect(checkSender(page as never, self)).toBeUndefined();
  });
});
