import { afterEach, beforeEach, expect } from 'vitest';
import { launchFirefox, type Firefox, type UiLanguage } from './firefox';

/**
 * A fresh Firefox (new profile, extension just installed) for every test of the calling suite;
 * after each test, no extension error may have appeared on Firefox's stdout/stderr.
 */
export function useFirefox(language: UiLanguage = 'en'): () => Firefox {
  let firefox: Firefox | undefined;
  beforeEach(async () => {
    firefox = await launchFirefox(language);
  });
  afterEach(async () => {
    const errors = (await firefox?.close()) ?? [];
    firefox = undefined;
    expect(errors, 'errors Firefox printed for the extension').toEqual([]);
  });
  return () => {
    if (!firefox) throw new Error('Firefox is not running');
    return firefox;
  };
}
