/** Hands a Blob to the browser as a download named `fileName`, the way a link with `download` does. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download reads the Blob after this task; a minute is far longer than it needs, and then the memory goes.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
