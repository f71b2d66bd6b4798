import { EXTENSION_DIR } from './browser';
import { builtFiles, type BuiltFile } from './build-chunks';
import { expect, test } from './harness';

// Markers of the libraries in built code: React's element symbols, Dexie's own error class, the
// QR and OCR engines by name.
const REACT = /Symbol\.for\("react\./;
const DEXIE = /DatabaseClosedError/;
const OCR = /tesseract|zxing/i;
const PAGES = ['capture', 'options', 'panel', 'popup'];

const holding = (files: BuiltFile[], marker: RegExp) => files.filter((f) => marker.test(f.text)).map((f) => f.name);

// The audit needs no browser: it reads the built files.
test.describe('bundle audit', () => {
  const files = builtFiles(EXTENSION_DIR);
  const named = (name: string) => files.filter((f) => f.name === name);

  test('React, Dexie and the shared UI each sit in one named chunk that every page loads', () => {
    expect(holding(files, REACT)).toEqual(['vendor-react']);
    expect(holding(files, DEXIE).filter((name) => name !== 'background')).toEqual(['vendor-dexie']);
    for (const name of ['vendor-react', 'vendor-dexie', 'shared-ui']) {
      expect(
        named(name).map((f) => f.path.split('.').pop()),
        name,
      ).toContain('js');
      for (const file of named(name)) expect(file.pages, file.path).toEqual(PAGES);
    }
    // The shared styles travel with the shared UI, not with a chunk named after one component.
    expect(named('shared-ui').map((f) => f.path)).toContainEqual(expect.stringMatching(/^assets\/shared-ui-.*\.css$/));
  });

  test('content scripts carry neither React nor Dexie nor any chunk', () => {
    const scripts = files.filter((f) => f.path.startsWith('content-scripts/'));
    expect(scripts.map((f) => f.name).sort()).toEqual(['google', 'outlook']);
    for (const script of scripts) {
      expect(script.text, script.path).not.toMatch(REACT);
      expect(script.text, script.path).not.toMatch(DEXIE);
      expect(script.text, script.path).not.toMatch(/\bimport\s*\(|\bfrom\s*"\.\//);
    }
  });

  test("the capture page's QR and OCR engines load on the capture page only", () => {
    const ocr = files.filter((f) => OCR.test(f.text));
    expect(ocr.length).toBeGreaterThan(0);
    for (const file of ocr) expect(file.pages, file.path).toEqual(['capture']);
  });
});
