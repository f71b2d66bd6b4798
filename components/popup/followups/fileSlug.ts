/** "Dr. Anna Berger" → "dr-anna-berger": safe in a file name on every system. */
export function fileSlug(text: string): string {
  return (
    text
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'contact'
  );
}
