import { describe, expect, it } from 'vitest';
import { findAll, fold, unitsAt } from './find';

describe('fold', () => {
  it('lower-cases and strips accents, mapping each unit back', () => {
    const f = fold('Café Ünal');
    expect(f.text).toBe('cafe unal');
    expect(f.from[3]).toBe(3);
    expect(f.to[3]).toBe(4);
  });

  it('maps a decomposed accent to its letter', () => {
    // "e" + combining acute: two units in, one out.
    const f = fold('cafe\u0301s');
    expect(f.text).toBe('cafes');
    expect(f.from[4]).toBe(5);
  });
});

describe('findAll', () => {
  it('finds every place, ignoring case and accents', () => {
    expect(findAll('Le café, LE CAFE, le cafè', 'cafe')).toEqual([
      [3, 7],
      [12, 16],
      [21, 25],
    ]);
  });

  it('finds without overlaps, at most max', () => {
    expect(findAll('aaaa', 'aa')).toEqual([
      [0, 2],
      [2, 4],
    ]);
    expect(findAll('a a a', 'a', 2)).toHaveLength(2);
  });

  it('returns UTF-16 ranges of the source past astral characters', () => {
    const s = '😀 Gaza';
    const [m] = findAll(s, 'gaza');
    expect(s.slice(m![0], m![1])).toBe('Gaza');
  });

  it('finds nothing for an empty needle', () => {
    expect(findAll('abc', '')).toEqual([]);
  });

  it('finds Arabic text', () => {
    expect(findAll('دمشق وموسكو', 'موسكو')).toEqual([[6, 11]]);
  });
});

describe('unitsAt', () => {
  it('converts code points to UTF-16 units', () => {
    expect(unitsAt('a😀b', 0)).toBe(0);
    expect(unitsAt('a😀b', 2)).toBe(3);
    expect(unitsAt('a😀b', 3)).toBe(4);
    expect(unitsAt('a😀b', 9)).toBe(4);
  });
});
