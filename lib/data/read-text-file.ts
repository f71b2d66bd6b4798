/** Why a chosen file can't be read as text. */
export type FileProblem = 'tooLarge' | 'notUtf8';

export type TextFile = { text: string } | { problem: FileProblem };

/** A file's text, when it is at most `maxBytes` and valid UTF-8 (a byte-order mark is dropped). */
export async function readTextFile(file: Blob, maxBytes: number): Promise<TextFile> {
  if (file.size > maxBytes) return { problem: 'tooLarge' };
  const bytes = await file.arrayBuffer();
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { problem: 'notUtf8' };
  }
}
