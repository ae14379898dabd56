import { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { bytesToBase64, readFileData } from './files';

describe('bytesToBase64', () => {
  it.each([0, 1, 2, 3, 100, 0x8000 - 1, 0x8000, 0x8000 + 1, 3 * 0x8000 + 7])(
    'matches Node for %d bytes of every value',
    (n) => {
      const bytes = new Uint8Array(n).map((_, i) => (i * 31 + 7) % 256);
      expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    },
  );
});

describe('readFileData', () => {
  it('sends the name and the bytes, not decoded text', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0xc3, 0xa9, 0x00, 0xff]);
    const file = new File([bytes], 'é.txt', { type: 'text/plain' });
    expect(await readFileData(file)).toEqual({ name: 'é.txt', data: Buffer.from(bytes).toString('base64') });
  });
});
