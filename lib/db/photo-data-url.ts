// A kept photo travels in the backup's JSON as a base64 data URL (RFC 2397) of its exact bytes and
// type. Written by hand rather than with FileReader: readAsDataURL turns an empty type into
// application/octet-stream, and a restored photo must come back as it was stored.

/** `data:<image type or nothing>;base64,<bytes>`: what a backup's photo must be. */
const DATA_URL = /^data:((?:image\/[a-z0-9.+-]{1,60})?);base64,([A-Za-z0-9+/]*={0,2})$/;

/** Bytes per String.fromCharCode call (its arguments are limited). */
const CHUNK = 0x8000;

export async function blobToDataUrl(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return `data:${blob.type};base64,${btoa(binary)}`;
}

/** Whether the text is an image's data URL that `dataUrlToBlob` reads (base64 of whole bytes). */
export function isImageDataUrl(text: string): boolean {
  const match = DATA_URL.exec(text);
  return match !== null && match[2]!.length % 4 === 0;
}

/** The photo of a data URL that `isImageDataUrl` accepted. */
export function dataUrlToBlob(text: string): Blob {
  const [, type, base64] = DATA_URL.exec(text)!;
  const binary = atob(base64!);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type });
}
