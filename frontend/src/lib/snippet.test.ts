import { describe, expect, it } from 'vitest';
import { matchedSpans, passageOf, segments } from './snippet';
import type { SearchHit } from './types';

const hit = (over: Partial<SearchHit>): SearchHit => ({ kind: 'text', snippet: '', positions: [], start: 0, end: 0, ...over });

describe('segments', () => {
  it('cuts a snippet into plain and marked runs', () => {
    expect(segments('Syrian conflict letters', [0, 1, 2, 3, 4, 5, 7, 8])).toEqual([
      { text: 'Syrian', mark: true },
      { text: ' ', mark: false },
      { text: 'co', mark: true },
      { text: 'nflict letters', mark: false },
    ]);
  });

  it('counts code points, not UTF-16 units', () => {
    // 😀 is two UTF-16 units and one code point: "é" is at 2.
    expect(segments('😀 é!', [2])).toEqual([
      { text: '😀 ', mark: false },
      { text: 'é', mark: true },
      { text: '!', mark: false },
    ]);
  });

  it('gives one plain run without positions, and nothing for nothing', () => {
    expect(segments('abc', [])).toEqual([{ text: 'abc', mark: false }]);
    expect(segments('', [0, 1])).toEqual([]);
    expect(segments('ab', [5, -1])).toEqual([{ text: 'ab', mark: false }]);
  });

  it('keeps markup as text', () => {
    const s = segments('<img src=x onerror=alert(1)>', [1, 2, 3]);
    expect(s.map((x) => x.text).join('')).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('matchedSpans', () => {
  it('places the matched words of a text hit in the article text', () => {
    // The passage starts at 100, after "…", so snippet offset 1 is text offset 100.
    const h = hit({ snippet: '…gaza water supply', positions: [1, 2, 3, 4, 6, 7, 8, 9, 10], start: 100, end: 117 });
    expect(matchedSpans(h)).toEqual([
      { start: 100, end: 104 },
      { start: 105, end: 110 },
    ]);
  });

  it('has no "…" to skip for a passage at the start of the text', () => {
    expect(matchedSpans(hit({ snippet: 'Gaza water', positions: [0, 1, 2, 3], start: 0, end: 10 }))).toEqual([{ start: 0, end: 4 }]);
  });

  it('gives nothing for hits with no place in the text', () => {
    expect(matchedSpans(hit({ kind: 'title', snippet: 'Gaza', positions: [0, 1] }))).toEqual([]);
    expect(matchedSpans(hit({ kind: 'highlight', snippet: 'Gaza', positions: [0], start: 3, end: 7 }))).toEqual([]);
  });
});

describe('passageOf', () => {
  it('is the range of text and highlight hits only', () => {
    expect(passageOf(hit({ start: 4, end: 9 }))).toEqual({ start: 4, end: 9 });
    expect(passageOf(hit({ kind: 'highlight', start: 4, end: 9 }))).toEqual({ start: 4, end: 9 });
    expect(passageOf(hit({ kind: 'note', start: 0, end: 0 }))).toBeNull();
    expect(passageOf(hit({ kind: 'title' }))).toBeNull();
  });
});
