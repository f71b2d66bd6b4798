import { describe } from 'vitest';
import { calendarTests } from './calendars';
import { hasGermanLangpack } from './firefox';
import { useFirefox } from './harness';

// Firefox shows German only with Debian's langpack (firefox-esr-l10n-de); without it, skipped.
describe.skipIf(!hasGermanLangpack)('Firefox, German UI', () => {
  const firefox = useFirefox('de');
  describe('calendars', () => calendarTests('de', firefox));
});
