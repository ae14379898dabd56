import { describe, expect, it } from 'vitest';
import { contrast } from './contrast';
import { articleText, colourLabel, outerFirst, passage, placed, quoteOf, resizeEdge, segments, wordStep, type Mark } from './highlights';
import { mark } from './testing/fake-api';
import { THEMES } from './themes';
import type { Block } from './types';

const p = (text: string, start: number): Block => ({ kind: 'paragraph', text, start, end: start + [...text].length });
const cut = (b: Block, marks: Mark[]) => segments(b, [...marks].sort(outerFirst)).map((s) => [s.text, s.ids]);

describe('segments', () => {
  const b = p('The quick brown fox jumps', 100);

  it('leaves a block without highlights whole', () => {
    expect(cut(b, [])).toEqual([['The quick brown fox jumps', []]]);
    expect(cut(b, [{ id: 1, start: 0, end: 50 }])).toEqual([['The quick brown fox jumps', []]]);
  });

  it('keeps overlapping highlights apart', () => {
    // "quick brown" and "brown fox" share "brown".
    expect(cut(b, [{ id: 1, start: 104, end: 115 }, { id: 2, start: 110, end: 119 }])).toEqual([
      ['The ', []],
      ['quick ', [1]],
      ['brown', [1, 2]],
      [' fox', [2]],
      [' jumps', []],
    ]);
  });

  it('lists nested highlights outermost first', () => {
    expect(cut(b, [{ id: 7, start: 110, end: 115 }, { id: 3, start: 104, end: 119 }])).toEqual([
      ['The ', []],
      ['quick ', [3]],
      ['brown', [3, 7]],
      [' fox', [3]],
      [' jumps', []],
    ]);
  });

  it('keeps two highlights of the same text as two', () => {
    expect(cut(b, [{ id: 2, start: 104, end: 109 }, { id: 1, start: 104, end: 109 }])).toEqual([
      ['The ', []],
      ['quick', [1, 2]],
      [' brown fox jumps', []],
    ]);
  });

  it('cuts the part of a highlight that spans several blocks', () => {
    const blocks = [p('First one', 0), p('Second one', 11)];
    const across = [{ id: 1, start: 6, end: 17 }];
    expect(cut(blocks[0]!, across)).toEqual([['First ', []], ['one', [1]]]);
    expect(cut(blocks[1]!, across)).toEqual([['Second', [1]], [' one', []]]);
  });

  it('cuts by code points, not UTF-16 units', () => {
    const e = p('a😀b👍🏽c', 0); // 👍🏽 is two code points
    expect(cut(e, [{ id: 1, start: 1, end: 2 }, { id: 2, start: 3, end: 5 }])).toEqual([
      ['a', []],
      ['😀', [1]],
      ['b', []],
      ['👍🏽', [2]],
      ['c', []],
    ]);
  });

  it('puts every character in exactly one segment', () => {
    const text = 'Lorem ipsum dolor sit amet, 🎉 consectetur adipiscing elit';
    const block = p(text, 10);
    const marks: Mark[] = [];
    for (let i = 0; i < 40; i++) {
      const s = 10 + ((i * 7) % 50);
      marks.push({ id: i + 1, start: s, end: s + 1 + ((i * 13) % 20) });
    }
    const segs = segments(block, marks.sort(outerFirst));
    expect(segs.map((s) => s.text).join('')).toBe(text);
    for (const s of segs) {
      const want = marks.filter((m) => m.start <= s.start && m.end >= s.end && m.start < block.end).map((m) => m.id);
      expect(s.ids).toEqual(want);
    }
  });
});

describe('placed', () => {
  it('leaves out orphans and sorts outermost first', () => {
    const list = [mark(1, 10, 20), mark(2, 0, 5, { orphan: true }), mark(3, 10, 30), mark(4, 2, 4)];
    expect(placed(list).map((h) => h.id)).toEqual([4, 3, 1]);
  });
});

describe('article text', () => {
  const blocks: Block[] = [p('One 🎉', 0), { kind: 'caption', text: 'Cap', start: -1, end: -1 }, p('Two', 7)];

  it('joins the body blocks as Go does', () => {
    expect(articleText(blocks)).toBe('One 🎉\n\nTwo');
  });

  it('quotes a range across blocks', () => {
    expect(quoteOf(blocks, 4, 8)).toBe('🎉\n\nT');
  });
});

describe('changing an extent by words', () => {
  const text = [...'Nine were killed, officials said.'];

  it('steps over words and punctuation', () => {
    expect(wordStep(text, 0, 1)).toBe(4);
    expect(wordStep(text, 4, 1)).toBe(9);
    expect(wordStep(text, 16, -1)).toBe(10);
  });

  it('grows and shrinks each edge, never to nothing', () => {
    const h = { id: 1, start: 5, end: 16 }; // "were killed"
    expect(resizeEdge(text, h, 'end', 1)).toEqual({ start: 5, end: 27 });
    expect(resizeEdge(text, h, 'end', -1)).toEqual({ start: 5, end: 9 });
    expect(resizeEdge(text, h, 'start', -1)).toEqual({ start: 0, end: 16 });
    expect(resizeEdge(text, h, 'start', 1)).toEqual({ start: 10, end: 16 });
    expect(resizeEdge(text, { id: 1, start: 5, end: 9 }, 'end', -1)).toEqual({ start: 5, end: 6 });
  });
});

describe('passage', () => {
  const blocks = [p('Officials revised the toll on Monday.', 0), { kind: 'caption', text: 'Cap', start: -1, end: -1 } as Block, p('The military said a malfunction caused it.', 39), p('Talks went on.', 83)];

  it("shows the block now at the orphan's old place", () => {
    expect(passage(blocks, { exact: 'zzz', start: 85 })).toBe(3);
    expect(passage(blocks, { exact: 'zzz', start: 500 })).toBe(3);
    // Short words shared with a neighbour do not move it.
    expect(passage(blocks, { exact: 'on the', start: 45 })).toBe(2);
  });

  it('prefers a neighbour that shares more of its words', () => {
    expect(passage(blocks, { exact: 'revised its toll on Monday', start: 45 })).toBe(0);
    expect(passage(blocks, { exact: 'a malfunction', start: 85 })).toBe(2);
  });

  it('finds nothing in an article without text', () => {
    expect(passage([], { exact: 'a', start: 0 })).toBe(-1);
  });
});

describe('colours', () => {
  it('name the meaning the reader gave them', () => {
    expect(colourLabel(1, ['Key point', 'Claim', '', '', ''])).toBe('Green: Claim');
    expect(colourLabel(2, ['Key point', 'Claim', '', '', ''])).toBe('Blue');
  });

  // CIE76 colour difference in Lab: about 2 is barely visible, 10 plainly.
  const lab = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
    const [x, y, z] = [(0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047, 0.2126 * r + 0.7152 * g + 0.0722 * b, (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883].map(f) as [number, number, number];
    return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
  };
  const distance = (a: string, b: string) => Math.hypot(...lab(a).map((v, i) => v - lab(b)[i]!));

  for (const [name, t] of Object.entries(THEMES)) {
    const hl = [t.hl1, t.hl2, t.hl3, t.hl4, t.hl5];
    it(`${name}: ink reads on every highlight at 4.5:1`, () => {
      for (const c of hl) expect(contrast(t.ink, c)).toBeGreaterThanOrEqual(4.5);
    });
    it(`${name}: the five colours differ from each other and from the page`, () => {
      for (let i = 0; i < hl.length; i++) {
        expect(distance(hl[i]!, t.paper), `${hl[i]} on paper`).toBeGreaterThan(15);
        for (let j = i + 1; j < hl.length; j++) expect(distance(hl[i]!, hl[j]!), `${hl[i]} and ${hl[j]}`).toBeGreaterThan(15);
      }
    });
  }
});
