// Every unit test starts from a clean fake browser (WxtVitest installs it as `browser`).
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

beforeEach(() => {
  fakeBrowser.reset();
});
