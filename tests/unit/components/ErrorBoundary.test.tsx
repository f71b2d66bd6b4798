// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../../components/ErrorBoundary';
import { db } from '../../../lib/db/instance';
import { addPartner } from '../../../lib/db/partners';
import { button, click, render, useEnglishMessages, type Rendered } from './render';

function Broken(): never {
  throw new Error('contact.emails is undefined');
}

describe('the error boundary of every extension page', () => {
  let page: Rendered | undefined;
  beforeEach(() => {
    useEnglishMessages();
    // React reports caught render errors on the console; the boundary logs them too.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(async () => {
    await page?.unmount();
    page = undefined;
    vi.restoreAllMocks();
  });

  it('shows the page as it is when nothing fails', async () => {
    page = await render(
      <ErrorBoundary>
        <p>Quick add</p>
      </ErrorBoundary>,
    );
    expect(page.container.textContent).toBe('Quick add');
    expect(page.container.querySelector('[role="alert"]')).toBeNull();
  });

  it('a render error shows what happened and the ways out, not a blank page', async () => {
    page = await render(
      <ErrorBoundary>
        <p>Quick add</p>
        <Broken />
      </ErrorBoundary>,
    );
    const alert = page.container.querySelector('[role="alert"]');
    expect(alert?.querySelector('h1')?.textContent).toBe('Something went wrong');
    expect(alert?.textContent).toContain('What you saved stays stored in this browser.');
    expect(alert?.textContent).toContain('Error: contact.emails is undefined');
    expect(page.container.textContent).not.toContain('Quick add');
    expect(button(page.container, 'Reload page')).toBeDefined();
    expect(button(page.container, 'Download backup')).toBeDefined();
  });

  it('"Reload page" reloads', async () => {
    const reload = vi.fn();
    vi.spyOn(window, 'location', 'get').mockReturnValue({ ...window.location, reload } as Location);
    page = await render(
      <ErrorBoundary>
        <Broken />
      </ErrorBoundary>,
    );
    await click(button(page.container, 'Reload page'));
    expect(reload).toHaveBeenCalledOnce();
  });

  it('"Download backup" saves everything from the database, without the crashed page', async () => {
    await addPartner(db, 'Koller IT', 'Bau');
    const files: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => (files.push(blob as Blob), 'blob:backup'));
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const downloads: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push(this.download);
    });
    page = await render(
      <ErrorBoundary>
        <Broken />
      </ErrorBoundary>,
    );
    await click(button(page.container, 'Download backup'));
    await vi.waitFor(() => expect(page!.container.querySelector('[role="status"]')).not.toBeNull());
    expect(downloads).toHaveLength(1);
    expect(downloads[0]).toMatch(/^sternstunde-backup-\d{4}-\d{2}-\d{2}\.json$/);
    expect(page.container.querySelector('[role="status"]')?.textContent).toBe(`Backup saved as ${downloads[0]}.`);
    const backup = JSON.parse(await files[0]!.text()) as { app: string; tables: { partners: { name: string }[] } };
    expect(backup.app).toBe('sternstunde');
    expect(backup.tables.partners.map((p) => p.name)).toEqual(['Koller IT']);
  });

  it('a backup that fails says so in the boundary', async () => {
    vi.spyOn(db, 'transaction').mockRejectedValue(new Error('database is closed') as never);
    page = await render(
      <ErrorBoundary>
        <Broken />
      </ErrorBoundary>,
    );
    await click(button(page.container, 'Download backup'));
    await vi.waitFor(() => expect(page!.container.querySelectorAll('[role="alert"]')).toHaveLength(2));
    expect(page.container.querySelectorAll('[role="alert"]')[1]?.textContent).toBe(
      'Could not save: database is closed',
    );
  });
});
