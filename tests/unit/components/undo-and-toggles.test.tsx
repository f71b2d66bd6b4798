// @vitest-environment happy-dom
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { announceFollowUpChange } from '../../../components/follow-ups-changed';
import { UndoToast, type UndoState } from '../../../components/UndoToast';
import { usePendingValue } from '../../../components/usePendingValue';
import { useErrorMessage } from '../../../components/useErrorMessage';
import { useUndo } from '../../../components/useUndo';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { button, click, render, useEnglishMessages, type Rendered } from './render';

let page: Rendered | undefined;
beforeEach(() => useEnglishMessages());
afterEach(async () => {
  await page?.unmount();
  page = undefined;
  vi.restoreAllMocks();
});

describe('undo', () => {
  function Host({ undo }: { undo: () => Promise<unknown> }) {
    const [state, setState] = useState<UndoState | undefined>({ message: 'goalDeleted', undo });
    return <UndoToast state={state} onClose={() => setState(undefined)} />;
  }

  it('a successful undo closes the toast', async () => {
    const undo = vi.fn(() => Promise.resolve());
    page = await render(<Host undo={undo} />);
    expect(page.container.textContent).toContain('Goal deleted.');
    await click(button(page.container, 'Undo'));
    expect(undo).toHaveBeenCalledOnce();
    expect(page.container.textContent).toBe('');
  });

  it('a failed undo says so and stays until closed', async () => {
    page = await render(<Host undo={() => Promise.reject(new Error('QuotaExceededError'))} />);
    await click(button(page.container, 'Undo'));
    const alert = page.container.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('Could not undo: QuotaExceededError');
    expect(button(page.container, 'Undo')).toBeUndefined();
    await click(button(page.container, 'Close'));
    expect(page.container.textContent).toBe('');
  });
});

describe('useUndo', () => {
  /** A list of one item whose deletion offers undo, as the goal, people and partner lists do. */
  function List({ restore }: { restore: () => Promise<unknown> }) {
    const undo = useUndo();
    return (
      <>
        <button type="button" onClick={() => undo.offer('personDeleted', restore)}>
          Delete
        </button>
        {undo.toast}
      </>
    );
  }

  it('shows nothing until offered, then the message and Undo, which puts the data back and closes', async () => {
    const restore = vi.fn(() => Promise.resolve());
    page = await render(<List restore={restore} />);
    expect(button(page.container, 'Undo')).toBeUndefined();
    await click(button(page.container, 'Delete'));
    expect(page.container.querySelector('[role="status"]')?.textContent).toContain('Person removed.');
    await click(button(page.container, 'Undo'));
    expect(restore).toHaveBeenCalledOnce();
    expect(button(page.container, 'Undo')).toBeUndefined();
  });

  it('a failed undo says why, a full disk in its own words', async () => {
    const full = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    page = await render(<List restore={() => Promise.reject(full)} />);
    await click(button(page.container, 'Delete'));
    await click(button(page.container, 'Undo'));
    expect(page.container.querySelector('[role="alert"]')?.textContent).toContain('storage for Sternstunde is full');
  });
});

describe('a toggle whose save fails shows the stored value again', () => {
  /** A checkbox over a stored value, like a goal's "done". */
  function Toggle({
    stored,
    version,
    write,
  }: {
    stored: boolean;
    version: string;
    write: (v: boolean) => Promise<void>;
  }) {
    const { error, run } = useErrorMessage();
    const [done, setDone] = usePendingValue(stored, version, write);
    return (
      <>
        <input type="checkbox" checked={done} onChange={(e) => void run(() => setDone(e.target.checked))} />
        <ErrorMessage error={error} />
      </>
    );
  }
  const box = () => page!.container.querySelector('input')!;

  it('reverts to the stored value and reports the failure', async () => {
    const write = vi.fn(() => Promise.reject(new Error('disk full')));
    page = await render(<Toggle stored={false} version="v1" write={write} />);
    await click(box());
    expect(write).toHaveBeenCalledWith(true);
    expect(box().checked).toBe(false);
    expect(page.container.querySelector('[role="alert"]')?.textContent).toBe('Could not save: disk full');
  });

  it('shows the new value at once while the save runs, and keeps it once stored', async () => {
    let finish: () => void = () => undefined;
    const write = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    page = await render(<Toggle stored={false} version="v1" write={write} />);
    await click(box());
    expect(box().checked).toBe(true);
    finish();
    await page.rerender(<Toggle stored={true} version="v2" write={write} />);
    expect(box().checked).toBe(true);
    expect(page.container.querySelector('[role="alert"]')).toBeNull();
  });

  it('a newer stored value wins over the pending one', async () => {
    page = await render(<Toggle stored={false} version="v1" write={() => new Promise(() => undefined)} />);
    await click(box());
    expect(box().checked).toBe(true);
    await page.rerender(<Toggle stored={false} version="v2" write={() => new Promise(() => undefined)} />);
    expect(box().checked).toBe(false);
  });
});

describe('telling the background after a save', () => {
  it('a failed notification is logged, not thrown, so the save is not reported as failed', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error('Could not establish connection'));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const save = vi.fn(() => Promise.resolve());

    function SaveButton() {
      const { error, run } = useErrorMessage();
      const [saved, setSaved] = useState(false);
      const onClick = () =>
        void run(async () => {
          await save();
          await announceFollowUpChange();
          setSaved(true);
        });
      return (
        <>
          <button type="button" onClick={onClick}>
            Save
          </button>
          {saved && <p role="status">saved</p>}
          <ErrorMessage error={error} />
        </>
      );
    }
    page = await render(<SaveButton />);
    await click(button(page.container, 'Save'));
    expect(save).toHaveBeenCalledOnce();
    expect(page.container.querySelector('[role="status"]')?.textContent).toBe('saved');
    expect(page.container.querySelector('[role="alert"]')).toBeNull();
    expect(warn).toHaveBeenCalledOnce();
  });

  it('tells the background that follow-ups changed', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: true, value: { due: 0 } });
    await announceFollowUpChange();
    expect(send).toHaveBeenCalledWith({ type: 'follow-ups:changed', payload: {} });
  });
});
