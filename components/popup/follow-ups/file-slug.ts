import { foldText } from '../../../lib/text/fold';

/** "Dr. Anna Berger" → "dr-anna-berger": safe in a file name on every system. */
export function fileSlug(text: string): string {
  return (
    foldText(text)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'contact'
  );
}
