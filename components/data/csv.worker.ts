// Parses a contacts CSV off the page's thread, so a large file doesn't freeze the options page.
import { csvToContacts } from '../../lib/csv';

self.onmessage = (e: MessageEvent<string>) => {
  self.postMessage(csvToContacts(e.data));
};
