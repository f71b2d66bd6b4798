// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, useEnglishMessages } from '../render';

const updateEventNotes = vi.fn((..._args: unknown[]) => Promise.resolve());
vi.mock('../../../../lib/db/events', () => ({ updateEventNotes: (...args: unknown[]) => updateEventNotes(...args) }));
const { NotesSection } = await import('../../../../components/panel/NotesSection');

/** Types into the textarea as a user does (React listens to the native input event). */
async function type(textarea: HTMLTextAreaElement, text: string): Promise<void> {
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(textarea, text);
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

const notesSaved = () => updateEventNotes.mock.calls.map((call) => [call[1], call[2]]);

beforeEach(() => {
  useEnglishMessages();
  updateEventNotes.mockClear();
});
afterEach(() => vi.useRealTimers());

describe('notes typed but not saved yet', () => {
  it('are saved when the panel unmounts (another event, the frame pointed elsewhere)', async () => {
    const page = await render(<NotesSection eventId="e1" stored="" />);
    await type(page.container.querySelector('textarea')!, 'Ask about the plant');
    expect(notesSaved()).toEqual([]); // still within the autosave delay
    await page.unmount();
    expect(notesSaved()).toEqual([['e1', 'Ask about the plant']]);
  });

  it('are saved when the page goes away or is hidden, once', async () => {
    const page = await render(<NotesSection eventId="e2" stored="old" />);
    await type(page.container.querySelector('textarea')!, 'old and new');
    await act(async () => window.dispatchEvent(new Event('pagehide')));
    expect(notesSaved()).toEqual([['e2', 'old and new']]);
    await page.unmount();
    // Nothing typed since: no second write.
    expect(notesSaved()).toEqual([['e2', 'old and new']]);
  });

  it('nothing typed, nothing written', async () => {
    const page = await render(<NotesSection eventId="e3" stored="kept" />);
    await act(async () => window.dispatchEvent(new Event('pagehide')));
    await page.unmount();
    expect(notesSaved()).toEqual([]);
  });
});
