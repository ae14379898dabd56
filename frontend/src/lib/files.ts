// Reading the user's files in the browser face.

import type { FileData } from './types';

// A chunk size that String.fromCharCode.apply accepts in every engine.
const CHUNK = 0x8000;

/** bytesToBase64 encodes bytes as standard base64 (with padding). */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
}

/** readFileData reads a chosen or dropped file for Library.ImportFiles. */
export async function readFileData(file: Blob & { name: string }): Promise<FileData> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  return { name: file.name, data: bytesToBase64(bytes) };
}
