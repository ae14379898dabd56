import { describe, expect, it } from 'vitest';
import { bytesOf } from './download';

describe('bytesOf', () => {
  it('decodes base64 to the bytes Go sent, UTF-8 and binary alike', () => {
    expect([...bytesOf('')]).toEqual([]);
    const utf8 = btoa(String.fromCharCode(...new TextEncoder().encode('“Quote” é')));
    expect(new TextDecoder().decode(bytesOf(utf8))).toBe('“Quote” é');
    expect([...bytesOf('AP8Q')]).toEqual([0, 255, 16]);
  });
});
