import { describe, expect, it } from 'vitest';
import { cpAt, cpCount, cpSlice, offsetIn, selectionSpan, unitsAt, type NodeLike } from './offsets';

// A small DOM: elements and text nodes with the links and the document
// order that the offset functions read.
class FakeNode implements NodeLike {
  parentNode: FakeNode | null = null;
  childNodes: FakeNode[] = [];
  constructor(
    readonly nodeType: number,
    readonly data: string,
    readonly attrs: Record<string, string> = {},
  ) {}
  get previousSibling(): FakeNode | null {
    const sibs = this.parentNode?.childNodes ?? [];
    return sibs[sibs.indexOf(this) - 1] ?? null;
  }
  get textContent(): string {
    return this.nodeType === 3 ? this.data : this.childNodes.map((c) => c.textContent).join('');
  }
  getAttribute(name: string): string | null {
    return this.attrs[name] ?? null;
  }
  // The path of child indexes from the root, for document order.
  path(): number[] {
    const p: number[] = [];
    for (let n: FakeNode = this; n.parentNode; n = n.parentNode) p.unshift(n.parentNode.childNodes.indexOf(n));
    return p;
  }
  compareDocumentPosition(other: NodeLike): number {
    const a = this.path();
    const b = (other as FakeNode).path();
    if (b.length > a.length && a.every((x, i) => b[i] === x)) return 4 | 16; // other is inside this
    if (a.length > b.length && b.every((x, i) => a[i] === x)) return 2 | 8; // other holds this
    for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? 4 : 2;
    return 0;
  }
}

function el(tag: string, attrs: Record<string, string>, ...kids: (FakeNode | string)[]): FakeNode {
  const e = new FakeNode(1, tag, attrs);
  for (const k of kids) {
    const c = typeof k === 'string' ? new FakeNode(3, k) : k;
    c.parentNode = e;
    e.childNodes.push(c);
  }
  return e;
}
const block = (start: number, end: number, ...kids: (FakeNode | string)[]) => el('p', { 'data-start': String(start), 'data-end': String(end) }, ...kids);

describe('code points and UTF-16 units', () => {
  it('counts an emoji as one code point and two units', () => {
    expect('a😀b'.length).toBe(4);
    expect(cpCount('a😀b')).toBe(3);
    expect(cpCount('👩‍👩‍👧')).toBe(5); // a family is three emoji joined by two ZWJ
    expect(cpCount('')).toBe(0);
  });

  it('converts offsets both ways around astral characters', () => {
    const s = '𝐀b😀c';
    expect([0, 1, 2, 3, 4].map((cp) => unitsAt(s, cp))).toEqual([0, 2, 3, 5, 6]);
    expect([0, 2, 3, 5, 6].map((u) => cpAt(s, u))).toEqual([0, 1, 2, 3, 4]);
    expect(cpSlice(s, 1, 3)).toBe('b😀');
  });

  it('never counts half a surrogate pair', () => {
    // A cut between the halves of 😀 is taken as before the character.
    expect(cpAt('a😀b', 2)).toBe(1);
    // A lone surrogate is still one code point.
    expect(cpCount('a\ud83d')).toBe(2);
  });
});

describe('offsetIn', () => {
  // "Hi 😀 there" split by a highlight: [Hi ][😀 th][ere], code points 10 to 20.
  const t1 = 'Hi ';
  const mark = el('mark', {}, '😀 th');
  const p = block(10, 20, t1, mark, 'ere');
  const body = el('div', {}, p);

  it('maps a point in a text node of a highlight', () => {
    const inMark = mark.childNodes[0]!;
    expect(offsetIn(inMark, 0, body)).toBe(13);
    expect(offsetIn(inMark, 2, body)).toBe(14); // after the emoji: two units, one code point
    expect(offsetIn(inMark, 5, body)).toBe(17);
    expect(offsetIn(p.childNodes[2]!, 3, body)).toBe(20);
  });

  it('maps a point between elements', () => {
    expect(offsetIn(p, 1, body)).toBe(13);
    expect(offsetIn(p, 3, body)).toBe(20);
    expect(offsetIn(mark, 1, body)).toBe(17);
  });

  it('is null outside every block', () => {
    expect(offsetIn(body, 0, body)).toBeNull();
  });
});

describe('selectionSpan', () => {
  // Two paragraphs, a caption between them, and a list: the blocks of an
  // article whose text is "One 🎉 two\n\nThree four\n\nFive".
  const p1 = block(0, 9, 'One ', el('mark', {}, '🎉'), ' two');
  const caption = el('figure', {}, el('figcaption', {}, 'A caption'));
  const p2 = block(11, 21, 'Three four');
  const li = block(23, 27, 'Five');
  const list = el('ul', {}, li);
  const body = el('div', {}, p1, caption, p2, list);
  const blocks = [p1, p2, li];
  const span = (sn: FakeNode, so: number, en: FakeNode, eo: number) =>
    selectionSpan({ startContainer: sn, startOffset: so, endContainer: en, endOffset: eo }, blocks, body);

  it('covers a selection within one block', () => {
    const emoji = p1.childNodes[1]!.childNodes[0]!;
    expect(span(emoji, 0, p1.childNodes[2]!, 4)).toEqual({ start: 4, end: 9 });
    expect(span(p1.childNodes[0]!, 0, emoji, 2)).toEqual({ start: 0, end: 5 });
  });

  it('covers a selection across several blocks', () => {
    expect(span(p1.childNodes[2]!, 1, li.childNodes[0]!, 2)).toEqual({ start: 6, end: 25 });
  });

  it('snaps edges outside the blocks to the nearest text inside the selection', () => {
    const cap = caption.childNodes[0]!.childNodes[0]!;
    // From inside the caption to the middle of the second paragraph.
    expect(span(cap, 2, p2.childNodes[0]!, 5)).toEqual({ start: 11, end: 16 });
    // From the first paragraph into the caption.
    expect(span(p1.childNodes[0]!, 1, cap, 3)).toEqual({ start: 1, end: 9 });
    // Points between the body's children.
    expect(span(body, 1, body, 4)).toEqual({ start: 11, end: 27 });
    expect(span(body, 0, list, 0)).toEqual({ start: 0, end: 21 });
  });

  it('is null for a selection of no text', () => {
    const cap = caption.childNodes[0]!.childNodes[0]!;
    expect(span(cap, 0, cap, 4)).toBeNull();
    expect(span(p2.childNodes[0]!, 3, p2.childNodes[0]!, 3)).toBeNull();
  });
});
