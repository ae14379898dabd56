// Saving a file the browser face received from Go: the browser's own
// download, since a page cannot choose where files go.

/** bytesOf decodes standard base64, as Go's encoding/json sends []byte. */
export function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  const bin = atob(base64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** download hands the browser a file to save under name. */
export function download(doc: Document, name: string, type: string, base64: string): void {
  const url = URL.createObjectURL(new Blob([bytesOf(base64)], { type }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  doc.body.append(a);
  a.click();
  a.remove();
  // The download has started by now; the object URL is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
