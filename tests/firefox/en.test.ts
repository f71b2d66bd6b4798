import { describe } from 'vitest';
import { calendarTests } from './calendars';
import { errorCaptureTests } from './error-capture';
import { framingTests } from './framing';
import { useFirefox } from './harness';
import { panelTests } from './panel';
import { popupTests } from './popup';

// One Firefox for all English tests (a launch costs seconds); each test starts afresh.
describe('Firefox, English UI', () => {
  const firefox = useFirefox('en');
  describe('calendars', () => calendarTests('en', firefox));
  describe('prep panel', () => panelTests(firefox));
  describe('popup and options', () => popupTests(firefox));
  describe('error capture', () => errorCaptureTests(firefox));
  describe('framed by a stranger', () => framingTests(firefox));
});
