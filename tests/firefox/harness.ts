import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { launchFirefox, type Firefox, type UiLanguage } from './firefox';

/**
 * One Firefox for the calling suite, started afresh for every test (all tabs closed, the
 * extension reinstalled with empty storage); after each test, no extension error may have
 * appeared on Firefox's stdout/stderr.
 */
export function useFirefox(language: UiLanguage = 'en'): () => Firefox {
  let firefox: Firefox | undefined;
  beforeAll(async () => {
    firefox = await launchFirefox(language);
  });
  afterEach(async () => {
    const errors = (await firefox?.reset()) ?? [];
    expect(errors, 'errors Firefox printed for the extension').toEqual([]);
  });
  afterAll(async () => {
    const errors = (await firefox?.close()) ?? [];
    firefox = undefined;
    expect(errors, 'errors Firefox printed for the extension').toEqual([]);
  });
  return () => {
    if (!firefox) throw new Error('Firefox is not running');
    return firefox;
  };
}
