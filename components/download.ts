/** Saves text as a file through a temporary link (no `downloads` permission needed). */
export function downloadFile(text: string, fileName: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file by the time this runs; freeing it at once can cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
