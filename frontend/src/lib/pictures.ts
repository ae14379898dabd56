// pictures.ts gives the reader the address of each figure's picture. The
// pictures of an article are stored in the library (keyed by the hash of
// their bytes) and served by Gloss itself under /img/; the reader never
// loads a picture from anywhere else.

import type { Block } from './types';

/** PICTURE_PATH is where Gloss serves the library's pictures. */
export const PICTURE_PATH = '/img/';

const KEY = /^[0-9a-f]{64}$/;

/**
 * pictureUrl is the address of the picture stored under key, or undefined
 * for anything that is not a key. The browser face needs the start-up
 * token in the query, since an <img> cannot send it as a header.
 */
export function pictureUrl(key: string, token: string | null): string | undefined {
  if (!KEY.test(key)) return undefined;
  return PICTURE_PATH + key + (token ? `?token=${encodeURIComponent(token)}` : '');
}

/** withPictures gives each figure with a stored picture its address. */
export function withPictures(blocks: Block[], url: (key: string) => string | undefined): Block[] {
  return blocks.map((b) => {
    if (b.kind !== 'figure' || !b.image) return b;
    const imageUrl = url(b.image);
    return imageUrl ? { ...b, imageUrl } : b;
  });
}
