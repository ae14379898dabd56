// Mapping between the page and offsets in an article's text.
//
// Go counts offsets in Unicode code points (the unit of the W3C
// TextPositionSelector); the DOM counts UTF-16 code units. They differ on
// every character outside the Basic Multilingual Plane (emoji, some CJK),
// which takes two units and one code point, so every conversion goes
// through here. Each text block of the article is an element carrying its
// range of the text in data-start and data-end; its text content is exactly
// that range, whatever elements (highlights) it is split into.

/** cpCount is the number of code points in s. */
export function cpCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // A high surrogate followed by a low one is one code point.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/**
 * cpAt is the number of code points in the first `units` UTF-16 units of s.
 * A cut between the halves of a surrogate pair counts the pair as after the
 * cut, so a selection never splits a character.
 */
export function cpAt(s: string, units: number): number {
  const u = Math.max(0, Math.min(units, s.length));
  let n = cpCount(s.slice(0, u));
  if (u > 0 && u < s.length && isHigh(s.charCodeAt(u - 1)) && isLow(s.charCodeAt(u))) n--;
  return n;
}

/** unitsAt is the UTF-16 index of code point cp of s (s.length past the end). */
export function unitsAt(s: string, cp: number): number {
  let i = 0;
  for (let n = 0; n < cp && i < s.length; n++) {
    i += isHigh(s.charCodeAt(i)) && i + 1 < s.length && isLow(s.charCodeAt(i + 1)) ? 2 : 1;
  }
  return i;
}

/** cpSlice is s from code point start to code point end. */
export function cpSlice(s: string, start: number, end?: number): string {
  const from = unitsAt(s, start);
  return end === undefined ? s.slice(from) : s.slice(from, from + unitsAt(s.slice(from), end - start));
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** The little of the DOM these functions use, so tests can fake it. */
export interface NodeLike {
  nodeType: number;
  parentNode: NodeLike | null;
  childNodes: ArrayLike<NodeLike>;
  previousSibling: NodeLike | null;
  textContent: string | null;
  compareDocumentPosition(other: NodeLike): number;
}

interface ElementLike extends NodeLike {
  getAttribute(name: string): string | null;
}

const TEXT = 3;
const ELEMENT = 1;
// Node.DOCUMENT_POSITION_FOLLOWING and _CONTAINED_BY.
const FOLLOWING = 4;
const CONTAINED_BY = 16;

/** BLOCK selects the text blocks of an article body. */
export const BLOCK = '[data-start]';

function range(el: NodeLike): [number, number] | null {
  const e = el as ElementLike;
  if (el.nodeType !== ELEMENT || typeof e.getAttribute !== 'function') return null;
  const s = e.getAttribute('data-start');
  const t = e.getAttribute('data-end');
  if (s === null || t === null) return null;
  const start = Number(s);
  const end = Number(t);
  return Number.isInteger(start) && Number.isInteger(end) && start >= 0 ? [start, end] : null;
}

/** blockOf is the text block holding node, or null. */
export function blockOf(node: NodeLike | null, root?: NodeLike): NodeLike | null {
  for (let n = node; n && n !== root; n = n.parentNode) if (range(n)) return n;
  return null;
}

// textBefore counts the code points of block's text that come before node.
function textBefore(block: NodeLike, node: NodeLike): number {
  let n = 0;
  for (let at: NodeLike | null = node; at && at !== block; at = at.parentNode) {
    for (let s = at.previousSibling; s; s = s.previousSibling) n += cpCount(s.textContent ?? '');
  }
  return n;
}

/**
 * offsetIn is the offset in the article's text of a DOM point (a node and
 * an offset in it, as a Selection or Range gives) inside a text block, or
 * null when the point is in no block.
 */
export function offsetIn(node: NodeLike, offset: number, root?: NodeLike): number | null {
  const block = blockOf(node, root);
  const r = block && range(block);
  if (!block || !r) return null;
  let n: number;
  if (node.nodeType === TEXT) {
    n = textBefore(block, node) + cpAt(node.textContent ?? '', offset);
  } else if (offset < node.childNodes.length) {
    n = textBefore(block, node.childNodes[offset]!);
  } else {
    n = (node === block ? 0 : textBefore(block, node)) + cpCount(node.textContent ?? '');
  }
  return Math.min(r[1], r[0] + n);
}

/**
 * snap is the offset of a DOM point for one edge of a selection. A point in
 * a block maps into it; a point outside every block (in a caption, a gap, a
 * heading's margin) moves forward to the next block's start when it starts
 * a selection, and back to the previous block's end when it ends one.
 * blocks are the text blocks in document order.
 */
export function snap(node: NodeLike, offset: number, edge: 'start' | 'end', blocks: ArrayLike<NodeLike>, root?: NodeLike): number | null {
  const inside = offsetIn(node, offset, root);
  if (inside !== null) return inside;
  // A point between an element's children stands just before the child at
  // offset; at the end of an element, just after its last descendant.
  const child = node.nodeType !== TEXT && offset < node.childNodes.length ? node.childNodes[offset]! : null;
  const after = (b: NodeLike) => {
    if (child) return b === child || (child.compareDocumentPosition(b) & FOLLOWING) !== 0;
    const pos = node.compareDocumentPosition(b);
    return (pos & FOLLOWING) !== 0 && (pos & CONTAINED_BY) === 0;
  };
  const list = Array.from(blocks);
  if (edge === 'start') {
    const b = list.find(after);
    return b ? range(b)![0] : null;
  }
  for (let i = list.length - 1; i >= 0; i--) if (!after(list[i]!)) return range(list[i]!)![1];
  return null;
}

/** Span is a range of the article's text. */
export interface Span {
  start: number;
  end: number;
}

/** RangeLike is what selectionSpan reads of a DOM Range. */
export interface RangeLike {
  startContainer: NodeLike;
  startOffset: number;
  endContainer: NodeLike;
  endOffset: number;
}

/**
 * selectionSpan is the article text a selection covers, across any number
 * of blocks, or null when it covers none of it.
 */
export function selectionSpan(r: RangeLike, blocks: ArrayLike<NodeLike>, root?: NodeLike): Span | null {
  const start = snap(r.startContainer, r.startOffset, 'start', blocks, root);
  const end = snap(r.endContainer, r.endOffset, 'end', blocks, root);
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}

/** DomPoint is a place in the page: a text node and a UTF-16 offset in it. */
export interface DomPoint {
  node: Text;
  offset: number;
}

/**
 * pointAt finds the text node and unit offset of code point `at` of the
 * article's text under root, or null when no block holds it.
 */
export function pointAt(root: ParentNode, at: number): DomPoint | null {
  for (const el of root.querySelectorAll<HTMLElement>(BLOCK)) {
    const r = range(el as unknown as NodeLike);
    if (!r || at < r[0] || at > r[1]) continue;
    let left = at - r[0];
    const walk = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    let last: Text | null = null;
    for (let t = walk.nextNode() as Text | null; t; t = walk.nextNode() as Text | null) {
      const n = cpCount(t.data);
      if (left < n || (left === n && at === r[1])) return { node: t, offset: unitsAt(t.data, left) };
      left -= n;
      last = t;
    }
    if (last) return { node: last, offset: last.data.length };
  }
  return null;
}

/** domRange is a DOM Range over [start, end) of the article's text under root. */
export function domRange(root: ParentNode, span: Span): Range | null {
  const a = pointAt(root, span.start);
  const b = pointAt(root, span.end);
  if (!a || !b) return null;
  const r = document.createRange();
  r.setStart(a.node, a.offset);
  r.setEnd(b.node, b.offset);
  return r;
}
