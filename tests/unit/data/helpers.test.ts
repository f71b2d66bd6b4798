import { describe, expect, it } from 'vitest';
import { contactData } from '../contact-data';
import { csvToContacts } from '../../../lib/csv';
import { clip } from '../../../lib/data/clip';
import { exportFile } from '../../../lib/data/export-file';
import { datedFileName } from '../../../lib/data/file-name';
import { readTextFile } from '../../../lib/data/read-text-file';
import type { ContactInput } from '../../../lib/model/contact';

const anna: ContactInput = contactData({ firstName: 'Anna', lastName: 'Müller', company: 'Huber, AG', tags: ['x'] });

describe('datedFileName', () => {
  it('dates the file in local time', () => {
    expect(datedFileName('contacts', 'csv', new Date(2026, 11, 3, 23, 59))).toBe('sternstunde-contacts-2026-12-03.csv');
    expect(datedFileName('backup', 'json', new Date(2027, 0, 15))).toBe('sternstunde-backup-2027-01-15.json');
  });
});

describe('clip', () => {
  it('keeps short text and cuts long text at whole code points', () => {
    expect(clip('Anna', 10)).toBe('Anna');
    expect(clip('😀😀😀😀', 3)).toBe('😀😀…');
    expect(clip('x'.repeat(100), 10)).toHaveLength(10);
  });
});

describe('readTextFile', () => {
  it('decodes UTF-8 and drops the byte-order mark', async () => {
    const file = new Blob([new Uint8Array([0xef, 0xbb, 0xbf]), 'Jörg']);
    expect(await readTextFile(file, 100)).toEqual({ text: 'Jörg' });
  });

  it('refuses text that is not UTF-8 (Latin-1 umlauts)', async () => {
    expect(await readTextFile(new Blob([new Uint8Array([0x4a, 0xf6, 0x72, 0x67])]), 100)).toEqual({
      problem: 'notUtf8',
    });
  });

  it('refuses files over the limit before reading them', async () => {
    expect(await readTextFile(new Blob(['x'.repeat(11)]), 10)).toEqual({ problem: 'tooLarge' });
  });
});

describe('exportFile', () => {
  it('writes CSV with the chosen separator, readable again', () => {
    const file = exportFile([anna], 'google', ';');
    expect(file).toMatchObject({ extension: 'csv', mimeType: 'text/csv;charset=utf-8' });
    expect(file.text.startsWith('\uFEFFFirst Name;')).toBe(true);
    expect(csvToContacts(file.text).contacts[0]).toMatchObject({ firstName: 'Anna', company: 'Huber, AG' });
  });

  it('writes vCard for the vcard format', () => {
    const file = exportFile([anna], 'vcard', ',');
    expect(file).toMatchObject({ extension: 'vcf', mimeType: 'text/vcard;charset=utf-8' });
    expect(file.text).toMatch(/^BEGIN:VCARD\r\nVERSION:4\.0\r\n/);
  });
});
