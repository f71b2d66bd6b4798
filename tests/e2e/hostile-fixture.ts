import { readFixture } from '../read-fixture';

/** Calendar text an attacker can put into an invitation; none of it may execute anywhere. */
export const PAYLOADS = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '"><svg onload=window.__pwned=1>',
  'javascript:window.__pwned=1',
  '<a href="javascript:window.__pwned=1">Details</a>',
  '<style>*{display:none!important}</style>',
  '</textarea><script>window.__pwned=1</script>',
  '\u202Egnp.exe – RTL override',
  "{{constructor.constructor('window.__pwned=1')()}}",
  "' onmouseover='window.__pwned=1",
  '<iframe src="javascript:window.__pwned=1"></iframe>',
] as const;

/** 100 KB of text: must neither break nor hang anything. */
export const LONG_TEXT = 'Glühwein '.repeat(11_400);

/** JSON-escapes a string for the fixture's data block, keeping `<` out of the script. */
const inJson = (text: string) => JSON.stringify(text).slice(1, -1).replace(/</g, '\\u003c');

/**
 * A copy of a calendar fixture whose first event carries hostile text in title, description,
 * location and a guest's name. The fixture sets all page text with textContent, like the apps.
 */
export function hostileFixture(
  fixture: string,
  original: { title: string; description: string; location: string; guest?: string },
  hostile: { title: string; description: string; location: string; guest?: string },
): string {
  let html = readFixture(fixture);
  for (const key of ['title', 'description', 'location', 'guest'] as const) {
    const from = original[key];
    const to = hostile[key];
    if (from === undefined || to === undefined) continue;
    if (!html.includes(inJson(from))) throw new Error(`${fixture} has no "${from}"`);
    html = html.split(inJson(from)).join(inJson(to));
  }
  return html;
}
