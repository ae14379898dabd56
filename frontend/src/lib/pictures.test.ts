import { describe, expect, it } from 'vitest';
import { PICTURE_PATH, pictureUrl, withPictures } from './pictures';
import type { Block } from './types';

const key = 'a'.repeat(64);

describe('pictureUrl', () => {
  it('points into the library, with the token when there is one', () => {
    expect(pictureUrl(key, null)).toBe(PICTURE_PATH + key);
    expect(pictureUrl(key, 'to k&n')).toBe(`${PICTURE_PATH}${key}?token=to%20k%26n`);
  });

  it('refuses anything that is not a key, remote addresses above all', () => {
    for (const bad of ['', 'https://example.com/a.png', '../index.html', key.toUpperCase(), key + '0', 'javascript:alert(1)']) {
      expect(pictureUrl(bad, null)).toBeUndefined();
    }
  });
});

describe('withPictures', () => {
  it('gives figures with a picture their address and leaves the rest alone', () => {
    const blocks: Block[] = [
      { kind: 'paragraph', text: 'P', start: 0, end: 1 },
      { kind: 'figure', text: 'A bridge', start: -1, end: -1, image: key },
      { kind: 'figure', text: 'No picture', start: -1, end: -1 },
      { kind: 'figure', text: 'Bad key', start: -1, end: -1, image: 'http://example.com/x.png' },
    ];
    const out = withPictures(blocks, (k) => pictureUrl(k, null));
    expect(out[1]!.imageUrl).toBe(PICTURE_PATH + key);
    expect(out[0]).toBe(blocks[0]);
    expect(out[2]).toBe(blocks[2]);
    expect(out[3]!.imageUrl).toBeUndefined();
  });
});
